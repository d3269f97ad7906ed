#include "genericresources.h"
#include "resourcemanager.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace acrnet::sandbox {

std::optional<Reply> GenericResources::handle(const Request &r)
{
    QStringList c;
    const bool inSubscription = r.matches({"subscriptions", "*", "resources"}, &c);
    if (r.method != "GET" ||
        (!inSubscription && !r.matches({"subscriptions", "*", "resourcegroups", "*", "resources"}, &c)))
        return std::nullopt;
    if (auto e = m_context.admit(r, ResourceManager::resourceVersions(), c.at(0)))
        return e;
    if (!inSubscription) {
        if (auto e = m_context.requireResourceGroup(c.at(0), c.at(1)))
            return e;
    }
    auto param = [&r](const QString &name) { // "$filter" arrives as sent: literally or as %24filter
        const QString plain = r.query.queryItemValue(name, QUrl::FullyDecoded);
        return plain.isEmpty() ? r.query.queryItemValue(QStringLiteral("%24") + name.mid(1), QUrl::FullyDecoded)
                               : plain;
    };
    const QString filterText = param(QStringLiteral("$filter"));
    const auto filter = parseFilter(filterText);
    if (!filter)
        return Reply::armError(400, QStringLiteral("InvalidFilterInQueryString"),
                               QStringLiteral("Invalid $filter '%1' specified in the query string. The sandbox "
                                              "understands resourceType eq '…' and name eq '…', joined by and.")
                                   .arg(filterText));
    const QString topText = param(QStringLiteral("$top"));
    bool ok = true;
    const int top = topText.isEmpty() ? 0 : topText.toInt(&ok);
    if (!ok || top < 0 || top > 1000)
        return Reply::armError(
            400, QStringLiteral("InvalidTopInQueryString"),
            QStringLiteral("Invalid $top '%1' specified in the query string: use 1 to 1000.").arg(topText));
    QString prefix = QStringLiteral("/subscriptions/%1/").arg(c.at(0));
    if (!inSubscription)
        prefix += QStringLiteral("resourcegroups/%1/").arg(c.at(1));
    return m_context.page(r, resourcesUnder(prefix.toLower(), *filter), top);
}

std::optional<GenericResources::Filter> GenericResources::parseFilter(const QString &text)
{
    Filter f;
    if (text.trimmed().isEmpty())
        return f;
    static const QRegularExpression clause(QStringLiteral("^\\s*(resourceType|name)\\s+eq\\s+'([^']*)'\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andWord(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : text.split(andWord)) {
        const auto m = clause.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        (m.captured(1).compare(QLatin1String("name"), Qt::CaseInsensitive) == 0 ? f.name : f.resourceType) =
            m.captured(2);
    }
    return f;
}

QJsonArray GenericResources::resourcesUnder(const QString &prefix, const Filter &filter) const
{
    QJsonArray out;
    auto add = [&](const QMap<QString, QJsonObject> &map) {
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            const QJsonObject &doc = it.value();
            const QString type = doc.value(QLatin1String("type")).toString();
            const QString name = doc.value(QLatin1String("name")).toString();
            if (!filter.resourceType.isEmpty() && type.compare(filter.resourceType, Qt::CaseInsensitive) != 0)
                continue;
            if (!filter.name.isEmpty() && name.compare(filter.name, Qt::CaseInsensitive) != 0)
                continue;
            // GenericResourceExpanded: the envelope only, as ARM lists it.
            QJsonObject item{{QStringLiteral("id"), doc.value(QLatin1String("id"))},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("type"), type},
                             {QStringLiteral("location"), doc.value(QLatin1String("location"))},
                             {QStringLiteral("tags"), doc.value(QLatin1String("tags")).toObject()}};
            if (doc.contains(QLatin1String("sku")))
                item.insert(QStringLiteral("sku"), doc.value(QLatin1String("sku")));
            out.append(item);
        }
    };
    add(m_context.store.virtualNetworks);
    add(m_context.store.registries);
    add(m_context.store.resources);
    return out;
}

} // namespace acrnet::sandbox
