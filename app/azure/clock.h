#pragma once

#include <QDateTime>

namespace acrnet {

// The time the app shows and records (refreshed at, applied at, activity entries, elapsed seconds). A capture runs
// on a fixed clock so that two runs draw the same pixels; everything else reads the real time. Deadlines, token
// lifetimes and retry delays never read this clock: they must follow real time.
namespace Clock {

QDateTime now();    // local time
QDateTime nowUtc(); // UTC
// Freezes now() at `time`; an invalid time lets the clock run again.
void setFixed(const QDateTime &time);
bool isFixed();

} // namespace Clock

} // namespace acrnet
