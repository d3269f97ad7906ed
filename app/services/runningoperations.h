#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

namespace acrnet {

// The changes under way in this app, whoever started them and whether or not their dialog is still open: what
// each is, since when, where it has got to, and whether it can still be cancelled. A write can be cancelled only
// while nothing has been sent; the owner of each operation says when that stops being so.
class RunningOperations : public QObject
{
    Q_OBJECT

public:
    struct Operation
    {
        QString id;
        QString title; // one line, translated: "Network rules of contosoprod"
        QDateTime started;
        QString progress; // where it has got to, translated
    };
    struct Control
    {
        std::function<bool()> canCancel; // asked live: whether nothing has been sent yet
        std::function<bool()> cancel;    // false when it could no longer be cancelled
    };

    explicit RunningOperations(QObject *parent = nullptr);

    QString add(const QString &title, Control control = {});
    void setProgress(const QString &id, const QString &progress);
    void finish(const QString &id);
    bool canCancel(const QString &id) const;
    // Cancels an operation if it still can be; false (and nothing done) otherwise.
    bool cancel(const QString &id);

    QList<Operation> operations() const { return m_operations; }
    int count() const { return int(m_operations.size()); }
    int indexOf(const QString &id) const;

signals:
    void added(const QString &id);
    void changed(const QString &id);
    void aboutToFinish(const QString &id); // still listed when emitted
    void finished(const QString &id);

private:
    QList<Operation> m_operations; // in the order they started
    QHash<QString, Control> m_control;
};

} // namespace acrnet
