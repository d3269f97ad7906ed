#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace acrnet {

// Bounded retries with exponential backoff and full jitter; Retry-After (seconds) wins when present.
struct RetryPolicy
{
    int maxRetries = 4;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a Retry-After beyond this is capped
    int attemptTimeoutMs = 60000; // per HTTP exchange
    bool jitter = true;

    // Delay before retry number `retry` (1-based), given the response's Retry-After header.
    int delayMs(int retry, const QByteArray &retryAfter) const;
    // Parses Retry-After as integer seconds (ARM never sends an HTTP date); -1 when absent or invalid.
    static int parseRetryAfterMs(const QByteArray &retryAfter);
};

} // namespace acrnet
