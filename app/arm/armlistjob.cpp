#include "armlistjob.h"
#include "app/azure/jsonreader.h"
#include "app/azure/workerpool.h"
#include "armclient.h"
#include "armrequestjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace acrnet {

ArmListJob::ArmListJob(ArmClient *client, const QUrl &firstPage)
    : ArmJob(client)
    , m_firstPage(firstPage)
{}

void ArmListJob::start()
{
    fetch(m_firstPage);
}

void ArmListJob::cancel()
{
    if (m_done)
        return;
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    fail(ArmError(ArmError::Kind::Cancelled, QString()));
}

void ArmListJob::fetch(const QUrl &url)
{
    m_current = url;
    m_seen.insert(url.toString(QUrl::FullyEncoded));
    ArmRequest request;
    request.url = url;
    request.continuation = m_pages > 0;
    m_request = m_client->send(request);
    connect(m_request, &ArmJob::exchanged, this, &ArmJob::exchanged);
    connect(m_request, &ArmRequestJob::failed, this, &ArmListJob::fail);
    connect(m_request, &ArmRequestJob::finished, this, [this](const ArmResponse &response) {
        if (response.body.size() < kParseOnWorkerBytes) {
            Parsed parsed;
            parsed.page = parseJsonObject(response.body, &parsed.error);
            onPage(response, parsed);
            return;
        }
        // A large page (hundreds of VNets with their subnets) is parsed on a worker thread, not the GUI thread.
        auto *watcher = new QFutureWatcher<Parsed>(this);
        connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, response] {
            watcher->deleteLater();
            if (!m_done)
                onPage(response, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(workerPool(), [body = response.body] {
            Parsed parsed;
            parsed.page = parseJsonObject(body, &parsed.error);
            return parsed;
        }));
    });
    m_request->start();
}

void ArmListJob::onPage(const ArmResponse &response, const Parsed &parsed)
{
    const QString &parseError = parsed.error;
    const QJsonObject &page = parsed.page;
    if (!parseError.isEmpty() || !page.value(QLatin1String("value")).isArray()) {
        ArmError e(ArmError::Kind::InvalidResponse,
                   parseError.isEmpty() ? tr("The list has no 'value' array.") : parseError);
        e.setUrl(response.url);
        e.setRequestIds(response.requestId(), {}, {});
        fail(e);
        return;
    }
    ++m_pages;
    const QJsonArray items = page.value(QLatin1String("value")).toArray();
    if (m_pages == 1) {
        m_items = items; // shared, not copied value by value: most lists are one page
    } else {
        for (const QJsonValue &v : items)
            m_items.append(v);
    }
    if (!items.isEmpty())
        emit pageReceived(items);
    const QJsonValue next = page.value(QLatin1String("nextLink"));
    const QString nextLink = next.isString() ? next.toString() : QString();
    if (nextLink.isEmpty()) {
        if (!beginReport())
            return;
        m_done = true;
        emit finished(m_items);
        emit reported();
        deleteLater();
        return;
    }
    const QUrl nextUrl(nextLink);
    if (m_seen.contains(nextUrl.toString(QUrl::FullyEncoded))) { // A → B → A: every link seen, not the last one only
        ArmError e(ArmError::Kind::InvalidResponse,
                   tr("The service sent a next-page link it had already sent (after %1 pages); stopped to avoid an "
                      "endless loop.")
                       .arg(m_pages));
        e.setUrl(response.url);
        fail(e);
        return;
    }
    if (m_pages >= m_maxPages) {
        ArmError e(
            ArmError::Kind::InvalidResponse,
            tr("The service keeps returning more pages (%1 so far); stopped to avoid an endless loop.").arg(m_pages));
        e.setUrl(response.url);
        fail(e);
        return;
    }
    fetch(nextUrl); // verbatim: it already carries api-version and $skipToken
}

void ArmListJob::fail(const ArmError &error)
{
    if (m_done)
        return;
    m_done = true;
    reportFailure(error);
}

void ArmListJob::stopWork()
{
    m_done = true;
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
}

} // namespace acrnet
