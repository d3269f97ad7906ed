#pragma once

#include "app/azure/redactor.h"
#include "models/presentedmodel.h"

#include <QObject>

class QAbstractItemModel;
class QTextDocument;
class QWidget;

namespace acrnet {

// Presentation mode (--presentation, View → Presentation mode): the one point where identifiers are taken out of
// what the app shows, copies and exports. Like the UI language it is a property of the whole application, so there
// is one instance. While it is on:
//  * every view's model is a Presented<Model> (presentedModel()) — cells, headers, tooltips;
//  * an application-wide event filter redacts every widget's text before it is shown or painted — labels, buttons,
//    group boxes, read-only line and text edits (the JSON tab, the az commands, the ARM request), item widgets,
//    combo boxes, tab bars, menus, the status bar, window titles, tooltips, What's This and accessible names —, so a
//    widget nobody remembered cannot show an identifier either; fields the user types into are left alone;
//  * what the app puts on the clipboard is redacted, and exports go through shown() before they are written.
// The data underneath is never changed: actions, writes and the audit work on the real resources.
class Presentation : public QObject
{
    Q_OBJECT

public:
    static Presentation *instance();

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // The hash key: fixed on the sandbox (the same placeholders on every machine), per installation elsewhere.
    void setKey(const QByteArray &key);
    // This installation's key: random, made once and kept in the settings (it is not a credential: whoever can read
    // the settings can read what the app shows anyway).
    static QByteArray installationKey();
    void addDomains(const QStringList &domains);
    const Redactor &redactor() const { return m_redactor; }

    // The text as the user may see it: redacted while presentation mode is on.
    QString shown(const QString &text) const;
    QByteArray shown(const QByteArray &utf8) const;
    // Puts `text` on the clipboard as the user may see it (every Copy of the app goes through here).
    void copyToClipboard(const QString &text) const;

    // Makes a view's model follow the mode (see presentedModel()).
    void follow(QAbstractItemModel *model, RedactionTarget *target);
    // Redacts the texts of `widget` now (what the event filter does before a widget paints).
    void redactWidget(QWidget *widget);

signals:
    void enabledChanged(bool enabled);
    // What redaction does changed: the mode, the key or the domains.
    void redactionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Presentation(QObject *parent);
    void redactDocument(QTextDocument *document);
    void redactItemWidget(QWidget *view);
    void redactClipboard(int mode);
    void repaintAll();

    bool m_enabled = false;
    Redactor m_redactor;
};

// A view's model, created so that it follows presentation mode: presentedModel<SubnetTableModel>(parent).
template<class Model, typename... Args> Model *presentedModel(Args &&...args)
{
    auto *model = new Presented<Model>(std::forward<Args>(args)...);
    Presentation::instance()->follow(model, model);
    return model;
}

} // namespace acrnet
