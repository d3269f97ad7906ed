#pragma once

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace acrnet {

class InventoryTreeModel;

// The permanent right-hand part of the main window's status bar: what is loaded, a progress bar with Cancel while
// a load runs, requests in flight, the lowest read budget seen, and when the inventory was last refreshed.
class LoadStatus : public QObject
{
    Q_OBJECT

public:
    explicit LoadStatus(QStatusBar *bar);

    // "3 subscriptions · 4 VNets · 8 subnets · 8 registries"
    static QString countsText(const InventoryTreeModel &tree);
    void setCounts(const InventoryTreeModel &tree);
    void setActivity(int requestsInFlight, int remainingReads);
    void loadStarted();
    void setProgress(int done, int total);
    void loadFinished(bool cancelled);

signals:
    void cancelRequested();

private:
    QLabel *m_counts;
    QLabel *m_activity;
    QLabel *m_reads;
    QLabel *m_refreshed;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace acrnet
