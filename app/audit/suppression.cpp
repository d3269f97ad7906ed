#include "suppression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acrnet {

bool Suppression::covers(const Finding &finding) const
{
    return finding.checkId == checkId && finding.registryId.compare(resourceId, Qt::CaseInsensitive) == 0;
}

std::optional<SuppressionList> SuppressionList::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("not a JSON object: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue list = doc.object().value(QLatin1String("suppressions"));
    if (!list.isArray()) {
        *error = tr("\"suppressions\" is missing or not an array");
        return std::nullopt;
    }
    SuppressionList out;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Suppression s;
        s.checkId = o.value(QLatin1String("checkId")).toString();
        s.resourceId = o.value(QLatin1String("resourceId")).toString();
        s.reason = o.value(QLatin1String("reason")).toString().trimmed();
        const QString expires = o.value(QLatin1String("expires")).toString();
        s.expires = QDate::fromString(expires, Qt::ISODate);
        s.acceptedAt = QDateTime::fromString(o.value(QLatin1String("acceptedAt")).toString(), Qt::ISODate);
        QString what;
        if (!v.isObject())
            what = tr("not an object");
        else if (!s.checkId.startsWith(QLatin1String("ACR-")))
            what = tr("checkId '%1' is not a check ID (ACR-…)").arg(s.checkId);
        else if (!s.resourceId.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
            what = tr("resourceId '%1' is not a resource ID").arg(s.resourceId);
        else if (s.reason.isEmpty())
            what = tr("the reason is empty");
        else if (!expires.isEmpty() && !s.expires.isValid())
            what = tr("expires '%1' is not a date (YYYY-MM-DD)").arg(expires);
        if (!what.isEmpty()) {
            *error = tr("suppression %1: %2").arg(index + 1).arg(what);
            return std::nullopt;
        }
        out.items.append(s);
        ++index;
    }
    return out;
}

QByteArray SuppressionList::toJson() const
{
    QJsonArray list;
    for (const Suppression &s : items) {
        QJsonObject o{{QStringLiteral("checkId"), s.checkId},
                      {QStringLiteral("resourceId"), s.resourceId},
                      {QStringLiteral("reason"), s.reason}};
        if (s.expires.isValid())
            o.insert(QStringLiteral("expires"), s.expires.toString(Qt::ISODate));
        if (s.acceptedAt.isValid())
            o.insert(QStringLiteral("acceptedAt"), s.acceptedAt.toUTC().toString(Qt::ISODate));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("suppressions"), list}}).toJson(QJsonDocument::Indented);
}

void SuppressionList::accept(const Suppression &suppression)
{
    remove(suppression.checkId, suppression.resourceId);
    items.append(suppression);
}

bool SuppressionList::remove(const QString &checkId, const QString &resourceId)
{
    return items.removeIf([&](const Suppression &s) {
        return s.checkId == checkId && s.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0;
    }) > 0;
}

const Suppression *SuppressionList::find(const QString &checkId, const QString &resourceId) const
{
    for (const Suppression &s : items) {
        if (s.checkId == checkId && s.resourceId.compare(resourceId, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void SuppressionList::apply(QList<Finding> &findings, const QDate &today) const
{
    // Written only where something changes: tens of thousands of findings, shared with the audit's result, are not
    // copied (the list detached) to clear what is already clear.
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = std::as_const(findings).at(i);
        const Suppression *match = nullptr;
        for (const Suppression &s : items) {
            if (s.covers(f) && s.isActive(today)) {
                match = &s;
                break;
            }
        }
        const QString reason = match ? match->reason : QString();
        const QDate expires = match ? match->expires : QDate();
        if (f.suppressed == (match != nullptr) && f.suppressionReason == reason && f.suppressionExpires == expires)
            continue;
        Finding &changed = findings[i];
        changed.suppressed = match != nullptr;
        changed.suppressionReason = reason;
        changed.suppressionExpires = expires;
    }
}

} // namespace acrnet
