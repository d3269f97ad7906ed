#include "workerpool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace acrnet {

QThreadPool *workerPool()
{
    // A child of the application, like Qt's global pool waited for in its destructor: work still running when
    // the application goes (an audit at exit) finishes before static data it reads is destroyed.
    static QMutex lock;
    static QPointer<QThreadPool> pool;
    const QMutexLocker locker(&lock);
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

} // namespace acrnet
