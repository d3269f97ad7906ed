#include "runningoperations.h"
#include "app/azure/clock.h"

#include <QUuid>

namespace acrnet {

RunningOperations::RunningOperations(QObject *parent)
    : QObject(parent)
{}

QString RunningOperations::add(const QString &title, Control control)
{
    Operation op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.title = title;
    op.started = Clock::nowUtc();
    m_operations.append(op);
    m_control.insert(op.id, std::move(control));
    emit added(op.id);
    return op.id;
}

int RunningOperations::indexOf(const QString &id) const
{
    for (int i = 0; i < m_operations.size(); ++i) {
        if (m_operations.at(i).id == id)
            return i;
    }
    return -1;
}

void RunningOperations::setProgress(const QString &id, const QString &progress)
{
    const int i = indexOf(id);
    if (i < 0 || m_operations.at(i).progress == progress)
        return;
    m_operations[i].progress = progress;
    emit changed(id);
}

void RunningOperations::finish(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    emit aboutToFinish(id);
    m_operations.removeAt(i);
    m_control.remove(id);
    emit finished(id);
}

bool RunningOperations::canCancel(const QString &id) const
{
    const auto it = m_control.constFind(id);
    return it != m_control.cend() && it->canCancel && it->cancel && it->canCancel();
}

bool RunningOperations::cancel(const QString &id)
{
    if (!canCancel(id))
        return false;
    const bool done = m_control.value(id).cancel();
    emit changed(id);
    return done;
}

} // namespace acrnet
