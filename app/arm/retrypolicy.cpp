#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QSettings>
#include <algorithm>

namespace acrnet {

int RetryPolicy::parseRetryAfterMs(const QByteArray &retryAfter)
{
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return -1;
    return seconds > 86400 ? 86400 * 1000 : seconds * 1000;
}

int RetryPolicy::delayMs(int retry, const QByteArray &retryAfter) const
{
    const int fromHeader = parseRetryAfterMs(retryAfter);
    if (fromHeader >= 0)
        return std::min(fromHeader, maxRetryAfterMs);
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    if (!jitter || ceiling <= 0)
        return int(ceiling);
    // Half fixed, half random: spreads retries of many clients without ever retrying at once.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

RetryPolicy RetryPolicy::fromSettings(const QSettings &settings)
{
    RetryPolicy p;
    auto read = [&settings](const char *key, qint64 fallback, qint64 unit, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 value = settings.value(QLatin1String(key)).toLongLong(&ok);
        return ok && value >= min && value <= max ? value * unit : fallback;
    };
    p.maxRetryAfterMs = int(read("network/maxRetryAfterSeconds", p.maxRetryAfterMs, 1000, 0, 3600));
    p.requestDeadlineMs = int(read("network/requestDeadlineSeconds", p.requestDeadlineMs, 1000, 5, 3600));
    p.attemptTimeoutMs = int(read("network/inactivityTimeoutSeconds", p.attemptTimeoutMs, 1000, 5, 3600));
    p.maxResponseBytes = read("network/maxResponseMiB", p.maxResponseBytes, 1024 * 1024, 1, 4096);
    return p;
}

} // namespace acrnet
