#include "workerpool.h"

#include <QThreadPool>

namespace acrnet {

namespace {
Q_GLOBAL_STATIC(QThreadPool, theWorkerPool)
} // namespace

QThreadPool *workerPool()
{
    return theWorkerPool();
}

} // namespace acrnet
