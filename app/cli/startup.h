#pragma once

#include <QString>
#include <QStringList>
#include <cstdio>

class QCoreApplication;

// What every entry point of the executable does first: its names, its translation, and how it prints.
namespace acrnet::cli {

// The app's translation (and Qt's) for `language` ("en", "es"; empty: the system's), numbers and dates included.
void installTranslations(QCoreApplication &app, const QString &language);
// --lang CODE or --lang=CODE anywhere on the command line; empty when not given.
QString languageArgument(const QStringList &args);
// Organisation, application name and version: where QSettings, the keychain and --version look.
void setNames();
// `text` to `to`, UTF-8, flushed.
void print(FILE *to, const QString &text);

} // namespace acrnet::cli
