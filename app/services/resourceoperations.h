#pragma once

#include "app/azure/armerror.h"
#include "app/azure/subscription.h"

#include <QObject>
#include <QPointer>

namespace acrnet {

class ArmClient;
class ArmJob;

// Seed step 1: registers a resource provider in a subscription and follows it until "Registered".
class ProviderRegistrar : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRegistrar(ArmClient *client, QObject *parent = nullptr);
    void start(const QString &subscriptionId,
               const QString &providerNamespace = QStringLiteral("Microsoft.ContainerRegistry"));
    // Only while nothing has been sent: once the POST has left, registration goes on in Azure whatever we do.
    bool canCancel() const { return !m_posted; }
    bool cancel();
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void progress(const QString &state);
    void finished(const acrnet::ProviderRegistration &registration);
    void failed(const acrnet::ArmError &error);
    void exchanged(const acrnet::ArmExchange &exchange);

private:
    void poll();

    QPointer<ArmClient> m_client; // the account may be signed out while this runs
    QString m_path;
    QPointer<ArmJob> m_job;
    int m_pollMs = 3000;
    int m_timeoutMs = 15 * 60 * 1000;
    qint64 m_deadline = 0;
    bool m_cancelled = false;
    bool m_posted = false;
};

// Seed step 11: deletes a resource group (a long-running operation) and reports when it is gone.
class ResourceGroupDeleter : public QObject
{
    Q_OBJECT

public:
    explicit ResourceGroupDeleter(ArmClient *client, QObject *parent = nullptr);
    void start(const QString &subscriptionId, const QString &resourceGroup);
    // Only while nothing has been sent: a DELETE that left cannot be called back.
    bool canCancel() const { return !m_sent; }
    bool cancel();

signals:
    void progress(const QString &status);
    void finished();
    void failed(const acrnet::ArmError &error);
    void exchanged(const acrnet::ArmExchange &exchange);

private:
    QPointer<ArmClient> m_client;
    QPointer<ArmJob> m_job;
    bool m_sent = false;
};

} // namespace acrnet
