#include "retrypolicy.h"

#include <QRandomGenerator>
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

} // namespace acrnet
