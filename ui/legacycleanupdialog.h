#pragma once

#include "app/services/legacycleanup.h"
#include "writedialog.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace acrnet {

// "Remove service-endpoint rules…" across the registries in scope: one review listing, per registry, the rules that
// go, who loses access and why, and the private endpoint that replaces them (each registry can be left out), with
// the equivalent az commands; then one change per registry with progress, Cancel, and a result for each. Every
// change is in the activity log, where each registry can be restored.
class LegacyCleanupDialog : public WriteDialog
{
    Q_OBJECT

public:
    LegacyCleanupDialog(LegacyRuleCleanup *cleanup, const QList<LegacyCleanupItem> &plan, const QStringList &others,
                        QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QString summaryText() const;
    // The registries checked for the run, by name.
    QStringList included() const;
    void run();

signals:
    // The run began, listed in Running operations under this ID (whoever owns the list watches it for this dialog).
    void started(const QString &operationId);

private:
    void addItem(const LegacyCleanupItem &item);
    void showItem(int index);
    void updateCommands();
    void finished(bool cancelled);

    QPointer<LegacyRuleCleanup> m_cleanup;
    QList<LegacyCleanupItem> m_plan;
    QList<int> m_running; // plan index of each item the run took
    QTreeWidget *m_view;
    QPlainTextEdit *m_commands;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_run;
    QPushButton *m_cancel;
};

} // namespace acrnet
