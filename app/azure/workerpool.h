#pragma once

class QThreadPool;

namespace acrnet {

// Where the app's own background work runs (parsing list pages, the audit, laying out the access matrix) — never
// QThreadPool::globalInstance(). Qt splits some of its own painting and image work across the global pool and
// waits for it on the GUI thread: with the global pool busy parsing megabyte pages, a repaint waited tens of
// milliseconds for a free thread (tests/bench/inventory.sh at xl). The pool belongs to the application instance:
// its destruction waits for the work still running.
QThreadPool *workerPool();

} // namespace acrnet
