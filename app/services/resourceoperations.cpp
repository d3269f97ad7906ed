#include "resourceoperations.h"
#include "app/arm/apiversions.h"
#include "app/arm/armclient.h"
#include "app/arm/armoperationjob.h"
#include "app/arm/armrequestjob.h"
#include "app/azure/jsonreader.h"

#include <QDateTime>
#include <QTimer>

namespace acrnet {

ProviderRegistrar::ProviderRegistrar(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ProviderRegistrar::start(const QString &subscriptionId, const QString &providerNamespace)
{
    m_path = QStringLiteral("/subscriptions/") + subscriptionId + QStringLiteral("/providers/") + providerNamespace;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_timeoutMs;
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { emit failed(ArmError(ArmError::Kind::SignedOut, {})); });
        return;
    }
    ArmRequest request;
    request.method = "POST";
    request.url = m_client->url(m_path + QStringLiteral("/register"), ApiVersions::providers());
    ArmRequestJob *post = m_client->send(request);
    m_job = post;
    m_posted = true;
    connect(post, &ArmJob::exchanged, this, &ProviderRegistrar::exchanged);
    connect(post, &ArmRequestJob::failed, this, &ProviderRegistrar::failed);
    connect(post, &ArmRequestJob::finished, this, [this](const ArmResponse &) {
        emit progress(QStringLiteral("Registering"));
        poll();
    });
    post->start();
}

void ProviderRegistrar::poll()
{
    if (m_cancelled)
        return;
    if (!m_client) {
        emit failed(ArmError(ArmError::Kind::SignedOut, {}));
        return;
    }
    ArmRequestJob *get = m_client->get(m_path, ApiVersions::providers());
    m_job = get;
    connect(get, &ArmJob::exchanged, this, &ProviderRegistrar::exchanged);
    connect(get, &ArmRequestJob::failed, this, &ProviderRegistrar::failed);
    connect(get, &ArmRequestJob::finished, this, [this](const ArmResponse &r) {
        QString error;
        const auto state = ProviderRegistration::fromJson(parseJsonObject(r.body, &error), &error);
        if (!state) {
            emit failed(ArmError(ArmError::Kind::InvalidResponse, error));
            return;
        }
        emit progress(state->registrationState);
        if (state->isRegistered()) {
            emit finished(*state);
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
            emit failed(ArmError(ArmError::Kind::Timeout,
                                 tr("The provider is still %1; registration can take several minutes. Refresh later.")
                                     .arg(state->registrationState)));
            return;
        }
        QTimer::singleShot(m_pollMs, this, &ProviderRegistrar::poll);
    });
    get->start();
}

bool ProviderRegistrar::cancel()
{
    if (m_posted)
        return false;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    return true;
}

ResourceGroupDeleter::ResourceGroupDeleter(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ResourceGroupDeleter::start(const QString &subscriptionId, const QString &resourceGroup)
{
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { emit failed(ArmError(ArmError::Kind::SignedOut, {})); });
        return;
    }
    ArmOperationJob *del = m_client->write(
        "DELETE", QStringLiteral("/subscriptions/%1/resourcegroups/%2").arg(subscriptionId, resourceGroup),
        ApiVersions::resourceGroups());
    m_job = del;
    m_sent = true;
    connect(del, &ArmJob::exchanged, this, &ResourceGroupDeleter::exchanged);
    connect(del, &ArmOperationJob::progress, this, [this](const QString &status) { emit progress(status); });
    connect(del, &ArmOperationJob::failed, this, &ResourceGroupDeleter::failed);
    connect(del, &ArmOperationJob::finished, this, &ResourceGroupDeleter::finished);
    del->start();
}

bool ResourceGroupDeleter::cancel()
{
    if (m_sent)
        return false;
    if (m_job)
        m_job->cancel();
    return true;
}

} // namespace acrnet
