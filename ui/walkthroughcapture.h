#pragma once

#include "captureguide.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QSize>
#include <functional>

class QTimer;
class QWidget;

namespace acrnet {

class InventoryService;
class MainWindow;
class RulesEditorDialog;

// `acr-netadmin capture`: drives the real main window and its dialogs through seed steps 1–11 of the training
// scenario, and the refusals a course needs, through the same actions a user triggers (the same actions, dialogs
// and buttons — no rendering path of its own). Before each step it writes a PNG of the window or dialog that matters
// with the control to click outlined and numbered; at the end guide.md and guide.html. Nothing in the images or the
// guides depends on the clock or the machine: the caller fixes style, font, size, device pixel ratio, the clock and
// the sandbox's delays, and every shot waits until the app is idle.
class WalkthroughCapture : public QObject
{
    Q_OBJECT

public:
    WalkthroughCapture(MainWindow *window, InventoryService *inventory, const QString &outDir,
                       QObject *parent = nullptr);

    // Starts once the window is signed in to the sandbox; emits finished() once.
    void start();
    // The user's own estate instead, read-only (the window was made read-only): the inventory, the Subnets tab,
    // the findings, and the rules editor of the first Premium registry up to its review page — never Apply. Emits
    // finished(0, note) with what could not be shown (no Premium registry), which the guide says too.
    void startOwnEstate();
    QStringList written() const { return m_written; }

signals:
    void finished(int exitCode, const QString &error);

private:
    struct Item
    {
        QString what;                // said when it times out
        std::function<void()> run;   // an action, or
        std::function<bool()> ready; // a condition to wait for
    };

    void queueSeedSteps1To4();
    void queueSeedSteps5To7();
    void queueSeedSteps8To11();
    void queueRefusals();
    void queueOwnEstate();
    void queueDone();

    void then(const std::function<void()> &run);
    void waitUntil(const QString &what, const std::function<bool()> &ready);
    void settle(); // waits until nothing loads or runs, then a moment more for the views to catch up
    void runNext();
    void fail(const QString &why);

    // Grabs `window`, outlines and numbers each target, writes <id>.png and records the step for the guide.
    void shoot(const QString &id, QWidget *window, const QList<QRect> &targets, const QString &az = {});
    QRect rectOf(QWidget *window, QWidget *target) const;
    QRect treeRowOf(const QString &key) const;
    QRect tableRowOf(QWidget *view, const QString &id) const;
    void selectInTree(const QString &key);
    bool idle() const;

    // The scenario's resources, found by name in what the app loaded.
    QString registryId(const QString &name) const;
    QString subnetId(const QString &name) const;
    QString subscriptionId(const QString &displayName) const;
    QString firstSubscription() const;    // the first Premium registry's, else the first holding a registry
    QString firstPremiumRegistry() const; // by name

    RulesEditorDialog *openEditor(const QString &registryName);
    void closeEditor();
    void applyEditor(const QString &what, const std::function<bool()> &done);

    MainWindow *m_window;
    InventoryService *m_inventory;
    QString m_outDir;
    QList<Item> m_queue;
    QTimer *m_poll;
    int m_waitedMs = 0;
    int m_timeoutMs;
    bool m_ownEstate = false;
    QStringList m_notes;
    bool m_done = false;
    QPointer<RulesEditorDialog> m_editor;
    QPointer<QWidget> m_dialog;
    QList<GuideStep> m_steps;
    QStringList m_written;
};

} // namespace acrnet
