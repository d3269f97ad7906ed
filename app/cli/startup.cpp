#include "startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace acrnet::cli {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Numbers and dates follow the chosen language too ("11.997" in Spanish), not only the words.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    // Any language without a translation of its own (including the C locale) gets English, whose plural forms
    // ("3 subscriptions", not "3 subscription(s)") live in its translation file.
    if (appTranslator->load(locale, QStringLiteral("acrnetadmin"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral(":/i18n/acrnetadmin_en.qm")))
        QCoreApplication::installTranslator(appTranslator);
}

QString languageArgument(const QStringList &args)
{
    QString language;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    return language;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("acr-netadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACRNET_VERSION));
}

void print(FILE *to, const QString &text)
{
    std::fputs(text.toUtf8().constData(), to);
    std::fflush(to);
}

} // namespace acrnet::cli
