#include "presentation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeWidget>

namespace acrnet {

namespace {

// The document revision last redacted, so that a large read-only document is read once per change, not per paint.
const char *const redactedRevision = "acrnetRedactedRevision";

template<typename Get, typename Set> void redactText(const Redactor &r, Get get, Set set)
{
    const QString text = get();
    const QString shown = r.redact(text);
    if (shown != text)
        set(shown);
}

void redactTreeItem(const Redactor &r, QTreeWidgetItem *item)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        redactText(
            r, [&] { return item->text(c); }, [&](const QString &s) { item->setText(c, s); });
        redactText(
            r, [&] { return item->toolTip(c); }, [&](const QString &s) { item->setToolTip(c, s); });
    }
    for (int i = 0; i < item->childCount(); ++i)
        redactTreeItem(r, item->child(i));
}

} // namespace

Presentation::Presentation(QObject *parent)
    : QObject(parent)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::dataChanged, this, [this] { redactClipboard(QClipboard::Clipboard); });
    connect(clipboard, &QClipboard::selectionChanged, this, [this] { redactClipboard(QClipboard::Selection); });
}

Presentation *Presentation::instance()
{
    static QPointer<Presentation> the;
    if (!the)
        the = new Presentation(qApp);
    return the;
}

void Presentation::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
    emit redactionChanged();
    emit enabledChanged(enabled);
    if (enabled)
        repaintAll();
}

void Presentation::setKey(const QByteArray &key)
{
    Redactor fresh(key);
    fresh.addDomains(m_redactor.domains());
    m_redactor = fresh;
    if (m_enabled) {
        emit redactionChanged();
        repaintAll();
    }
}

void Presentation::addDomains(const QStringList &domains)
{
    const qsizetype before = m_redactor.domains().size();
    m_redactor.addDomains(domains);
    if (m_enabled && m_redactor.domains().size() != before) {
        emit redactionChanged();
        repaintAll();
    }
}

QByteArray Presentation::installationKey()
{
    QSettings settings;
    QByteArray key = QByteArray::fromHex(settings.value(QStringLiteral("presentation/key")).toByteArray());
    if (key.size() < 16) {
        key.resize(32);
        for (char &c : key)
            c = char(QRandomGenerator::system()->bounded(256));
        settings.setValue(QStringLiteral("presentation/key"), key.toHex());
    }
    return key;
}

QString Presentation::shown(const QString &text) const
{
    return m_enabled ? m_redactor.redact(text) : text;
}

QByteArray Presentation::shown(const QByteArray &utf8) const
{
    return m_enabled ? m_redactor.redact(utf8) : utf8;
}

void Presentation::copyToClipboard(const QString &text) const
{
    QGuiApplication::clipboard()->setText(shown(text));
}

void Presentation::follow(QAbstractItemModel *model, RedactionTarget *target)
{
    target->setRedactor(m_enabled ? &m_redactor : nullptr);
    connect(this, &Presentation::redactionChanged, model, [this, target] {
        target->setRedactor(m_enabled ? &m_redactor : nullptr); // announces a change even with the same redactor
    });
}

void Presentation::repaintAll()
{
    for (QWidget *w : QApplication::allWidgets()) {
        if (w->isVisible())
            redactWidget(w);
    }
}

void Presentation::redactClipboard(int mode)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const auto m = QClipboard::Mode(mode);
    const bool ours = m == QClipboard::Clipboard ? clipboard->ownsClipboard() : clipboard->ownsSelection();
    if (!m_enabled || !ours)
        return;
    const QString text = clipboard->text(m);
    const QString shown = m_redactor.redact(text);
    if (shown != text)
        clipboard->setText(shown, m); // changes the clipboard again: the redacted text stays as it is
}

void Presentation::redactDocument(QTextDocument *document)
{
    if (document->property(redactedRevision).toInt() == document->revision() + 1)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!m_redactor.needsRedaction(block.text()))
            continue;
        // Fragment by fragment keeps each run's format; what spans two runs is redacted as one plain run.
        QList<QTextFragment> fragments;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            fragments.prepend(it.fragment());
        for (const QTextFragment &f : std::as_const(fragments)) {
            const QString shown = m_redactor.redact(f.text());
            if (shown == f.text())
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(f.position());
            cursor.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
            cursor.insertText(shown, f.charFormat());
        }
        const QTextBlock again = document->findBlock(block.position());
        if (m_redactor.needsRedaction(again.text())) {
            QTextCursor cursor(again);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.insertText(m_redactor.redact(again.text()));
        }
        block = document->findBlock(block.position());
    }
    document->setProperty(redactedRevision, document->revision() + 1);
}

void Presentation::redactItemWidget(QWidget *view)
{
    if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            redactTreeItem(m_redactor, tree->topLevelItem(i));
        QTreeWidgetItem *header = tree->headerItem();
        if (header)
            redactTreeItem(m_redactor, header);
    } else if (auto *list = qobject_cast<QListWidget *>(view)) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            redactText(
                m_redactor, [&] { return item->text(); }, [&](const QString &s) { item->setText(s); });
            redactText(
                m_redactor, [&] { return item->toolTip(); }, [&](const QString &s) { item->setToolTip(s); });
        }
    } else if (auto *table = qobject_cast<QTableWidget *>(view)) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                QTableWidgetItem *item = table->item(r, c);
                if (!item)
                    continue;
                redactText(
                    m_redactor, [&] { return item->text(); }, [&](const QString &s) { item->setText(s); });
                redactText(
                    m_redactor, [&] { return item->toolTip(); }, [&](const QString &s) { item->setToolTip(s); });
            }
        }
    }
}

void Presentation::redactWidget(QWidget *w)
{
    const Redactor &r = m_redactor;
    redactText(
        r, [w] { return w->toolTip(); }, [w](const QString &s) { w->setToolTip(s); });
    redactText(
        r, [w] { return w->statusTip(); }, [w](const QString &s) { w->setStatusTip(s); });
    redactText(
        r, [w] { return w->whatsThis(); }, [w](const QString &s) { w->setWhatsThis(s); });
    redactText(
        r, [w] { return w->accessibleName(); }, [w](const QString &s) { w->setAccessibleName(s); });
    redactText(
        r, [w] { return w->accessibleDescription(); }, [w](const QString &s) { w->setAccessibleDescription(s); });
    if (w->isWindow())
        redactText(
            r, [w] { return w->windowTitle(); }, [w](const QString &s) { w->setWindowTitle(s); });
    if (auto *label = qobject_cast<QLabel *>(w)) {
        redactText(
            r, [label] { return label->text(); }, [label](const QString &s) { label->setText(s); });
    } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        redactText(
            r, [button] { return button->text(); }, [button](const QString &s) { button->setText(s); });
    } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
        redactText(
            r, [group] { return group->title(); }, [group](const QString &s) { group->setTitle(s); });
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (line->isReadOnly())
            redactText(
                r, [line] { return line->text(); }, [line](const QString &s) { line->setText(s); });
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        if (plain->isReadOnly())
            redactDocument(plain->document());
    } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
        if (rich->isReadOnly())
            redactDocument(rich->document());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (!combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                redactText(
                    r, [combo, i] { return combo->itemText(i); },
                    [combo, i](const QString &s) { combo->setItemText(i, s); });
        }
    } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            redactText(
                r, [tabs, i] { return tabs->tabText(i); }, [tabs, i](const QString &s) { tabs->setTabText(i, s); });
            redactText(
                r, [tabs, i] { return tabs->tabToolTip(i); },
                [tabs, i](const QString &s) { tabs->setTabToolTip(i, s); });
        }
    } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
        redactText(
            r, [status] { return status->currentMessage(); },
            [status](const QString &s) { status->showMessage(s, 10000); });
    } else if (auto *menu = qobject_cast<QMenu *>(w)) {
        for (QAction *a : menu->actions()) {
            redactText(
                r, [a] { return a->text(); }, [a](const QString &s) { a->setText(s); });
            redactText(
                r, [a] { return a->toolTip(); }, [a](const QString &s) { a->setToolTip(s); });
        }
    }
    redactItemWidget(w);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint:
    case QEvent::Show:
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::WindowTitleChange:
        if (watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            redactWidget(w);
            // A scroll area's text lives in its viewport's owner (text edits, item widgets).
            if (QWidget *owner = w->parentWidget(); owner && event->type() == QEvent::Paint)
                redactWidget(owner);
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace acrnet
