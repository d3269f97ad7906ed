#pragma once

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QComboBox>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>
#include <functional>

// Small widget helpers the dialogs share.
namespace acrnet {

// A read-only, unwrapped, fixed-width text view for commands and requests (copyable, never edited).
inline QPlainTextEdit *codeView(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// setClearButtonEnabled(true), with a name for the clear button: Qt leaves it unnamed, so a screen reader would
// announce a nameless button.
// Combo boxes that may be narrower than their longest item (the open list still shows every item whole), so a row
// of them does not set a pane's minimum width.
inline void allowShrinking(std::initializer_list<QComboBox *> combos)
{
    for (QComboBox *combo : combos) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
}

inline void enableNamedClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("acrnet::WidgetHelpers", "Clear"));
        clear->setToolTip(clear->text());
    }
}

// Takes Return/Enter in a line edit for the edit's own action (e.g. "add this rule"), so a dialog's default button
// (e.g. "Review and apply…") never fires from that field. Install it on the edit; it is deleted with it.
class ReturnKeyFilter : public QObject
{
public:
    ReturnKeyFilter(QObject *edit, std::function<void()> onReturn)
        : QObject(edit)
        , m_onReturn(std::move(onReturn))
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onReturn();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onReturn;
};

} // namespace acrnet
