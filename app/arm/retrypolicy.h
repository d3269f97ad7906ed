#pragma once

#include <QByteArray>
#include <QtGlobal>

class QSettings;

namespace acrnet {

// Bounded retries with exponential backoff and full jitter; Retry-After (seconds) wins when present.
struct RetryPolicy
{
    int maxRetries = 4;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    // A Retry-After beyond this fails the request, saying what the server asked for (a request is never held for
    // minutes on a server's word).
    int maxRetryAfterMs = 60000;
    int attemptTimeoutMs = 60000;   // inactivity per HTTP exchange (no byte for this long)
    int requestDeadlineMs = 120000; // per HTTP exchange in all, headers and body (a trickling server is cut off)
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024; // checked while the answer streams in, not after
    bool jitter = true;

    // Delay before retry number `retry` (1-based), given the response's Retry-After header (capped).
    int delayMs(int retry, const QByteArray &retryAfter) const;
    // The limits from the settings file (network/maxRetryAfterSeconds, network/requestDeadlineSeconds,
    // network/inactivityTimeoutSeconds, network/maxResponseMiB); a missing or invalid value keeps the default.
    static RetryPolicy fromSettings(const QSettings &settings);
    // Parses Retry-After as integer seconds (ARM never sends an HTTP date); -1 when absent or invalid.
    static int parseRetryAfterMs(const QByteArray &retryAfter);
};

} // namespace acrnet
