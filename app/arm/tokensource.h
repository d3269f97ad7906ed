#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace acrnet {

// Where ArmClient gets bearer tokens. Implementations answer asynchronously, never from inside fetchToken().
class TokenSource
{
public:
    using Callback = std::function<void(const QString &token, const QString &error)>;

    virtual ~TokenSource() = default;
    // Calls done(token, {}) or done({}, error) later, unless context is destroyed first.
    virtual void fetchToken(QObject *context, Callback done) = 0;
    // ARM answered 401 to this token: drop it so the next fetch refreshes.
    virtual void invalidate(const QString &token) = 0;
};

// A fixed token (headless runs with a token from the environment, and tests).
class StaticTokenSource : public TokenSource
{
public:
    explicit StaticTokenSource(QString token)
        : m_token(std::move(token))
    {}
    void setToken(const QString &token) { m_token = token; }
    int invalidations() const { return m_invalidations; }

    void fetchToken(QObject *context, Callback done) override;
    void invalidate(const QString &token) override;

private:
    QString m_token;
    int m_invalidations = 0;
};

} // namespace acrnet
