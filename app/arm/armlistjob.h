#pragma once

#include "app/azure/armerror.h"
#include "app/azure/armresponse.h"
#include "armjob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace acrnet {

class ArmClient;
class ArmRequestJob;

// A pageable ARM list: follows nextLink verbatim until it is absent or null (empty pages with a nextLink are
// legal), emits each page as it arrives, then everything at once. A nextLink to another host fails the job.
class ArmListJob : public ArmJob
{
    Q_OBJECT

public:
    ArmListJob(ArmClient *client, const QUrl &firstPage);

    int pagesFetched() const { return m_pages; }
    void setMaxPages(int max) { m_maxPages = max; }

    void start() override;
    void cancel() override;

signals:
    void pageReceived(const QJsonArray &items);
    void finished(const QJsonArray &items);

private:
    struct Parsed
    {
        QJsonObject page;
        QString error;
    };
    static constexpr qsizetype kParseOnWorkerBytes = 64 * 1024;
    void fetch(const QUrl &url);
    void onPage(const ArmResponse &response, const Parsed &parsed);
    void fail(const ArmError &error);
    void stopWork() override;

    QUrl m_firstPage;
    QUrl m_current;
    QJsonArray m_items;
    QPointer<ArmRequestJob> m_request;
    int m_pages = 0;
    int m_maxPages = 10000; // 10,000 pages of 100: a million resources, far beyond any estate
    QSet<QString> m_seen;   // every page URL fetched
    bool m_done = false;
};

} // namespace acrnet
