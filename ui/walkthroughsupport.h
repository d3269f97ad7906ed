#pragma once

// What the walkthrough capture's step files share: finding a dialog's controls by object name, and reading the
// editor's own az commands.
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

namespace acrnet::walkthrough {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// The lines of the review page's commands that say `what` (the editor's own generator).
inline QString commandLines(QWidget *editor, const QString &what)
{
    auto *commands = child<QPlainTextEdit>(editor, "azCommandsView");
    if (!commands)
        return {};
    QStringList out;
    for (const QString &line : commands->toPlainText().split(QLatin1Char('\n'))) {
        if (line.contains(what))
            out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace acrnet::walkthrough
