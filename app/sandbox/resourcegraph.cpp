#include "resourcegraph.h"
#include "kqlquery.h"
#include "registryprovider.h"

namespace acrnet::sandbox {

QStringList ResourceGraph::versions()
{
    return {QStringLiteral("2019-04-01"), QStringLiteral("2020-04-01-preview"), QStringLiteral("2021-03-01"),
            QStringLiteral("2022-10-01"), QStringLiteral("2024-04-01")};
}

Reply ResourceGraph::graphError(const QString &detailCode, const QString &message)
{
    return Reply::json(
        400, QJsonObject{
                 {QStringLiteral("error"),
                  QJsonObject{
                      {QStringLiteral("code"), QStringLiteral("BadRequest")},
                      {QStringLiteral("message"),
                       QStringLiteral("Please provide below info when asking for support: timestamp = sandbox, "
                                      "correlationId = sandbox.")},
                      {QStringLiteral("details"),
                       QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("InvalidQuery")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("Query is invalid. Please refer to the documentation for "
                                                              "the Azure Resource Graph service and fix the error "
                                                              "before retrying.")}},
                                  QJsonObject{{QStringLiteral("code"), detailCode},
                                              {QStringLiteral("message"), message}}}}}}});
}

std::optional<Reply> ResourceGraph::handle(const Request &r)
{
    if (!r.matches({"providers", "microsoft.resourcegraph", "resources"}))
        return std::nullopt;
    if (r.method != "POST")
        return Reply::armError(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Use POST."));
    if (auto e = m_context.admit(r, versions()))
        return e;
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    if (!ok || !body.value(QLatin1String("query")).isString())
        return graphError(QStringLiteral("InvalidRequestContent"),
                          QStringLiteral("The request must be a JSON object with a 'query'."));
    QString parseError;
    const auto query = KqlQuery::parse(body.value(QLatin1String("query")).toString(), &parseError);
    if (!query)
        return graphError(QStringLiteral("ParserFailure"), parseError);

    // Scope: the subscriptions asked for, among those of the caller's tenant.
    QString error;
    const auto claims = m_context.tokens.verify(QString::fromLatin1(r.header("Authorization").mid(7)), &error);
    QStringList scope;
    const QJsonArray wanted = body.value(QLatin1String("subscriptions")).toArray();
    for (const QJsonObject &s : std::as_const(m_context.store.subscriptions)) {
        const QString id = s.value(QLatin1String("subscriptionId")).toString();
        const bool inTenant =
            claims && s.value(QLatin1String("tenantId")).toString().compare(claims->tenantId, Qt::CaseInsensitive) == 0;
        bool asked = wanted.isEmpty();
        for (const QJsonValue &w : wanted)
            asked = asked || w.toString().compare(id, Qt::CaseInsensitive) == 0;
        if (inTenant && asked)
            scope << id.toLower();
    }
    const QJsonArray all = query->run(table(query->table(), scope));

    const QJsonObject options = body.value(QLatin1String("options")).toObject();
    int top = options.value(QLatin1String("$top")).toInt(m_context.store.settings.pageSize);
    top = qBound(1, top, 1000);
    int offset = options.value(QLatin1String("$skip")).toInt(0);
    const QString token = options.value(QLatin1String("$skipToken")).toString();
    if (!token.isEmpty()) {
        bool tokenOk = false;
        offset = QByteArray::fromBase64(token.toLatin1()).toInt(&tokenOk);
        if (!tokenOk)
            return graphError(QStringLiteral("InvalidSkipToken"), QStringLiteral("The $skipToken is not valid."));
    }
    offset = qBound(0, offset, int(all.size()));
    QJsonArray data;
    for (int i = offset; i < qMin(int(all.size()), offset + top); ++i)
        data.append(all.at(i));
    QJsonObject out{{QStringLiteral("totalRecords"), all.size()},
                    {QStringLiteral("count"), data.size()},
                    {QStringLiteral("resultTruncated"), QStringLiteral("false")},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("facets"), QJsonArray()}};
    if (offset + top < all.size())
        out.insert(QStringLiteral("$skipToken"), QString::fromLatin1(QByteArray::number(offset + top).toBase64()));
    Reply reply = Reply::json(200, out);
    int &twoNextPages = m_context.store.faults.graphTwoNextPagesNext;
    if (twoNextPages > 0 && out.contains(QLatin1String("$skipToken"))) {
        --twoNextPages;
        // Names are written sorted: "$skipToken" comes first; another one goes before it.
        const qsizetype brace = reply.body.indexOf('{');
        reply.body.insert(brace + 1, QByteArray("\"$skipToken\":\"") + QByteArray("999999").toBase64() + "\",");
    }
    return reply;
}

QJsonArray ResourceGraph::table(const QString &name, const QStringList &subscriptions) const
{
    const Store &store = m_context.store;
    QJsonArray rows;
    auto row = [](const QJsonObject &doc, const QString &sub, const QString &tenant) {
        const QString id = doc.value(QLatin1String("id")).toString();
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), doc.value(QLatin1String("name"))},
                           {QStringLiteral("type"), doc.value(QLatin1String("type")).toString().toLower()},
                           {QStringLiteral("tenantId"), tenant},
                           {QStringLiteral("kind"), QString()},
                           {QStringLiteral("location"), doc.value(QLatin1String("location"))},
                           {QStringLiteral("resourceGroup"), id.section(QLatin1Char('/'), 4, 4).toLower()},
                           {QStringLiteral("subscriptionId"), sub},
                           {QStringLiteral("managedBy"), QString()},
                           {QStringLiteral("sku"), doc.value(QLatin1String("sku"))},
                           {QStringLiteral("plan"), QJsonValue()},
                           {QStringLiteral("properties"), doc.value(QLatin1String("properties"))},
                           {QStringLiteral("tags"), doc.value(QLatin1String("tags")).toObject()},
                           {QStringLiteral("identity"), QJsonValue()},
                           {QStringLiteral("zones"), QJsonValue()},
                           {QStringLiteral("extendedLocation"), QJsonValue()}};
    };
    if (name == QLatin1String("resourcecontainers")) {
        for (const QJsonObject &s : store.subscriptions) {
            const QString sub = s.value(QLatin1String("subscriptionId")).toString();
            if (!subscriptions.contains(sub.toLower()))
                continue;
            rows.append(QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + sub)},
                                    {QStringLiteral("name"), s.value(QLatin1String("displayName"))},
                                    {QStringLiteral("type"), QStringLiteral("microsoft.resources/subscriptions")},
                                    {QStringLiteral("tenantId"), s.value(QLatin1String("tenantId"))},
                                    {QStringLiteral("subscriptionId"), sub},
                                    {QStringLiteral("properties"),
                                     QJsonObject{{QStringLiteral("state"), s.value(QLatin1String("state"))}}}});
        }
        for (const QJsonObject &g : store.resourceGroups) {
            const QString sub = g.value(QLatin1String("id")).toString().section(QLatin1Char('/'), 2, 2);
            if (subscriptions.contains(sub.toLower()))
                rows.append(row(g, sub, store.tenantOfSubscription(sub)));
        }
        return rows;
    }
    // Resource Graph keeps registries as a stable api-version returns them: without VNet rules, unless the
    // scenario says otherwise. The app must then read those rules from ARM.
    const QString projection = store.settings.graphIncludesVirtualNetworkRules ? QStringLiteral("2021-12-01-preview")
                                                                               : QStringLiteral("2023-07-01");
    for (const QJsonObject &v : store.virtualNetworks) {
        const QString sub = v.value(QLatin1String("id")).toString().section(QLatin1Char('/'), 2, 2);
        if (subscriptions.contains(sub.toLower()))
            rows.append(row(v, sub, store.tenantOfSubscription(sub)));
    }
    for (const QJsonObject &reg : store.registries) {
        const QString sub = reg.value(QLatin1String("id")).toString().section(QLatin1Char('/'), 2, 2);
        if (subscriptions.contains(sub.toLower()))
            rows.append(row(RegistryProvider::project(reg, projection), sub, store.tenantOfSubscription(sub)));
    }
    return rows;
}

} // namespace acrnet::sandbox
