#include "tokensource.h"

#include <QCoreApplication>
#include <QTimer>

namespace acrnet {

void StaticTokenSource::fetchToken(QObject *context, Callback done)
{
    QTimer::singleShot(0, context, [token = m_token, done = std::move(done)] {
        if (token.isEmpty())
            done({}, QCoreApplication::translate("TokenSource", "No access token is available: sign in first."));
        else
            done(token, {});
    });
}

void StaticTokenSource::invalidate(const QString &token)
{
    Q_UNUSED(token)
    ++m_invalidations;
}

} // namespace acrnet
