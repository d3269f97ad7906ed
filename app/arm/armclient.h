#pragma once

#include "app/azure/armresponse.h"
#include "app/azure/cloud.h"
#include "retrypolicy.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <functional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcArm)

namespace acrnet {

class ArmListJob;
class ArmOperationJob;
class ArmRequestJob;
class TokenSource;

// The one request path to Azure Resource Manager. Creates one job per operation; jobs share this client's
// network manager, token source, retry policy and per-host concurrency limit. Nothing here blocks.
class ArmClient : public QObject
{
    Q_OBJECT

public:
    ArmClient(QNetworkAccessManager *network, TokenSource *tokens, const Cloud &cloud, QObject *parent = nullptr);
    ~ArmClient() override;

    const Cloud &cloud() const { return m_cloud; }
    QNetworkAccessManager *network() const { return m_network; }
    TokenSource *tokens() const { return m_tokens; }

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    int maxConcurrencyPerHost() const { return m_maxPerHost; }
    void setMaxConcurrencyPerHost(int max) { m_maxPerHost = qMax(1, max); }
    // Default wait between polls of a long-running operation when the service sends no Retry-After.
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = qMax(0, ms); }
    int operationTimeoutMs() const { return m_operationTimeoutMs; }
    void setOperationTimeoutMs(int ms) { m_operationTimeoutMs = ms; }
    QString acceptLanguage() const { return m_acceptLanguage; }
    void setAcceptLanguage(const QString &language) { m_acceptLanguage = language; }

    // https://management…/path?api-version=V (path starts with '/').
    QUrl url(const QString &path, const QString &apiVersion) const;
    static QUrl urlFor(const Cloud &cloud, const QString &path, const QString &apiVersion);

    // Jobs are created idle: connect to their signals, then call start().
    ArmRequestJob *get(const QString &path, const QString &apiVersion);
    ArmRequestJob *send(const ArmRequest &request);
    ArmListJob *list(const QString &path, const QString &apiVersion);
    // A write that may be long-running (PUT, PATCH, DELETE, POST): polled to completion, then re-read.
    ArmOperationJob *write(const QByteArray &method, const QString &path, const QString &apiVersion,
                           const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    int requestsInFlight() const { return m_inFlight; }
    // Last x-ms-ratelimit-remaining-subscription-reads seen, or -1.
    int remainingReads() const { return m_remainingReads; }
    int remainingWrites() const { return m_remainingWrites; }

    // Used by jobs: run `go` once a connection slot for the URL's host is free.
    void acquireSlot(const QUrl &url, QObject *context, std::function<void()> go, bool continuation = false);
    void releaseSlot(const QUrl &url);
    void observeResponse(const ArmResponse &response);

signals:
    void requestsInFlightChanged(int count);
    void rateLimitObserved(const QString &header, int remaining);

private:
    void dispatch(const QString &host);

    struct HostQueue
    {
        int active = 0;
        QQueue<QPair<QPointer<QObject>, std::function<void()>>> continuations; // served first
        QQueue<QPair<QPointer<QObject>, std::function<void()>>> waiting;
    };

    QNetworkAccessManager *m_network;
    TokenSource *m_tokens;
    Cloud m_cloud;
    RetryPolicy m_retryPolicy;
    int m_maxPerHost = 8;
    int m_pollIntervalMs = 5000;
    int m_operationTimeoutMs = 30 * 60 * 1000;
    QString m_acceptLanguage;
    QHash<QString, HostQueue> m_hosts;
    int m_inFlight = 0;
    int m_remainingReads = -1;
    int m_remainingWrites = -1;
    bool m_destroying = false;
};

} // namespace acrnet
