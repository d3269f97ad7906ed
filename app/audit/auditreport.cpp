#include "auditreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acrnet {

namespace {

bool startsLikeAFormula(const QString &s)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !s.isEmpty() && triggers.contains(s.at(0));
}

QStringList parseCsvLine(const QString &line, int *pos)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    int i = *pos;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            break;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    fields << field;
    *pos = i + 1;
    return fields;
}

const QStringList kColumns{
    QStringLiteral("checkId"),     QStringLiteral("severity"),        QStringLiteral("title"),
    QStringLiteral("registry"),    QStringLiteral("registryId"),      QStringLiteral("subscription"),
    QStringLiteral("explanation"), QStringLiteral("evidence"),        QStringLiteral("policyId"),
    QStringLiteral("fixTarget"),   QStringLiteral("suppressedReason")};

QJsonObject toJsonObject(const Finding &f)
{
    QJsonObject o{{QStringLiteral("checkId"), f.checkId},
                  {QStringLiteral("severity"), Finding::severityName(f.severity)},
                  {QStringLiteral("title"), f.title},
                  {QStringLiteral("registry"), f.registryName},
                  {QStringLiteral("registryId"), f.registryId},
                  {QStringLiteral("subscription"), f.subscriptionName},
                  {QStringLiteral("subscriptionId"), f.subscriptionId},
                  {QStringLiteral("explanation"), f.explanation},
                  {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
                  {QStringLiteral("policyId"), f.policyId},
                  {QStringLiteral("fixTarget"), f.fixTarget}};
    if (!f.fixCommands.isEmpty())
        o.insert(QStringLiteral("fixCommands"), QJsonArray::fromStringList(f.fixCommands));
    if (f.suppressed) {
        QJsonObject accepted{{QStringLiteral("reason"), f.suppressionReason}};
        if (f.suppressionExpires.isValid())
            accepted.insert(QStringLiteral("expires"), f.suppressionExpires.toString(Qt::ISODate));
        o.insert(QStringLiteral("suppressed"), accepted);
    }
    return o;
}

QString cellCode(AccessDecision::Result r)
{
    switch (r) {
    case AccessDecision::Result::AllowedByRule:
        return QStringLiteral("rule");
    case AccessDecision::Result::AllowedOpen:
        return QStringLiteral("open");
    case AccessDecision::Result::Denied:
        return QStringLiteral("denied");
    case AccessDecision::Result::RuleIneffective:
        return QStringLiteral("ineffective");
    case AccessDecision::Result::DependsOnEgress:
        return QStringLiteral("depends-on-egress");
    case AccessDecision::Result::InvalidInput:
        break;
    }
    return {};
}

} // namespace

QString AuditReport::csvField(const QString &value)
{
    const QString s = startsLikeAFormula(value) ? QLatin1Char('\'') + value : value;
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(s.cbegin(), s.cend(), [](QChar c) { return special.contains(c); }))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QByteArray AuditReport::toJson() const
{
    QJsonArray list;
    QJsonObject counts{{QStringLiteral("high"), 0}, {QStringLiteral("medium"), 0}, {QStringLiteral("low"), 0}};
    int suppressed = 0;
    for (const Finding &f : findings) {
        list.append(toJsonObject(f));
        if (f.suppressed) { // counted apart: accepted findings do not add to the severities
            ++suppressed;
            continue;
        }
        const QString s = Finding::severityName(f.severity);
        counts[s] = counts.value(s).toInt() + 1;
    }
    counts.insert(QStringLiteral("suppressed"), suppressed);
    QJsonObject root{{QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("complete"), isComplete()},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("findings"), list}};
    if (inventory) {
        QList<Subnet> subnets = inventory->subnets.values();
        QList<Registry> registries = inventory->registries.values();
        if (qint64(subnets.size()) * registries.size() <= maxMatrixCells()) {
            QJsonArray rows;
            for (const Subnet &s : std::as_const(subnets)) {
                QJsonObject cells;
                for (const Registry &r : std::as_const(registries))
                    cells.insert(r.id.toString(),
                                 cellCode(AccessEvaluator::fromSubnet(r, s.id.toString(), *inventory).result));
                rows.append(
                    QJsonObject{{QStringLiteral("subnet"), s.id.toString()}, {QStringLiteral("access"), cells}});
            }
            root.insert(QStringLiteral("matrix"), rows);
        }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray AuditReport::toCsv() const
{
    QString out;
    // An incomplete audit says so before its first row: "#" lines, which CSV readers can be told to skip.
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        const QString what = o.contains(QLatin1String("account"))
                                 ? tr("account %1").arg(o.value(QLatin1String("account")).toString())
                                 : o.value(QLatin1String("subscriptionId")).toString();
        out += QStringLiteral("# ") +
               tr("incomplete: %1 was not read completely: %2")
                   .arg(what, o.value(QLatin1String("error")).toString())
                   .replace(QLatin1Char('\n'), QLatin1Char(' '))
                   .replace(QLatin1Char('\r'), QLatin1Char(' ')) +
               QLatin1Char('\n');
    }
    out += kColumns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Finding &f : findings) {
        const QStringList fields{f.checkId,
                                 Finding::severityName(f.severity),
                                 f.title,
                                 f.registryName,
                                 f.registryId,
                                 f.subscriptionName,
                                 f.explanation,
                                 f.evidence.join(QStringLiteral(" | ")),
                                 f.policyId,
                                 f.fixTarget,
                                 f.suppressed ? f.suppressionReason : QString()};
        QStringList escaped;
        for (const QString &field : fields)
            escaped << csvField(field);
        out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString AuditReport::acceptedHtml(const QList<Finding> &accepted)
{
    if (accepted.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                       .arg(tr("Accepted findings (%1)").arg(accepted.size()).toHtmlEscaped(),
                            tr("Check").toHtmlEscaped(), tr("Severity").toHtmlEscaped(), tr("Registry").toHtmlEscaped(),
                            tr("Finding").toHtmlEscaped(), tr("Accepted because").toHtmlEscaped());
    for (const Finding &f : accepted) {
        const QString until = f.suppressionExpires.isValid()
                                  ? tr("until %1").arg(f.suppressionExpires.toString(Qt::ISODate))
                                  : tr("no expiry");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5<br><small>%6</small></td></tr>")
                    .arg(f.checkId.toHtmlEscaped(), Finding::severityText(f.severity).toHtmlEscaped(),
                         f.registryName.toHtmlEscaped(), f.title.toHtmlEscaped(), f.suppressionReason.toHtmlEscaped(),
                         until.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

// The box that says what could not be read (empty when everything was).
QString AuditReport::incompleteHtml() const
{
    if (isComplete())
        return {};
    QString html;
    html += QStringLiteral("<div class=\"incomplete\"><h2>%1</h2><ul>")
                .arg(tr("Incomplete: %n part(s) could not be read, and their findings are missing", nullptr,
                        int(errors.size()))
                         .toHtmlEscaped());
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        const QString what = o.contains(QLatin1String("account"))
                                 ? tr("account %1").arg(o.value(QLatin1String("account")).toString())
                                 : o.value(QLatin1String("subscriptionId")).toString();
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(what.toHtmlEscaped(), o.value(QLatin1String("error")).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</ul></div>");
    return html;
}

// Every subnet × registry cell from the evaluator, or why the matrix is left out.
QString AuditReport::matrixHtml() const
{
    if (!inventory)
        return {};
    QString html;
    QList<Subnet> subnets = inventory->subnets.values();
    QList<Registry> registries = inventory->registries.values();
    std::sort(subnets.begin(), subnets.end(), [](const Subnet &a, const Subnet &b) { return a.id.key() < b.id.key(); });
    std::sort(registries.begin(), registries.end(),
              [](const Registry &a, const Registry &b) { return a.id.key() < b.id.key(); });
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Access matrix (subnets × registries)").toHtmlEscaped());
    if (qint64(subnets.size()) * registries.size() > maxMatrixCells()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Too large for a report (%1 × %2); use the JSON export or the "
                            "app's matrix view.")
                             .arg(subnets.size())
                             .arg(registries.size())
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p><table><tr><th></th>")
                    .arg(tr("rule = allowed by a rule · open = allowed, open to all networks · denied · "
                            "ineffective = a rule exists but grants nothing")
                             .toHtmlEscaped());
        for (const Registry &r : std::as_const(registries))
            html += QStringLiteral("<th>%1</th>").arg(r.name.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const Subnet &s : std::as_const(subnets)) {
            html += QStringLiteral("<tr><th>%1</th>")
                        .arg(QString(s.id.toString().section(QLatin1Char('/'), -3, -3) + QLatin1Char('/') + s.name)
                                 .toHtmlEscaped());
            for (const Registry &r : std::as_const(registries)) {
                const QString code = cellCode(AccessEvaluator::fromSubnet(r, s.id.toString(), *inventory).result);
                html += QStringLiteral("<td class=\"%1\">%1</td>").arg(code);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QByteArray AuditReport::toHtml() const
{
    int high = 0, medium = 0, low = 0;
    QList<Finding> accepted;
    for (const Finding &f : findings) {
        if (f.suppressed) {
            accepted << f;
            continue;
        }
        high += f.severity == Finding::Severity::High;
        medium += f.severity == Finding::Severity::Medium;
        low += f.severity == Finding::Severity::Low;
    }
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
            "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;margin:1em 0}"
            "th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}"
            "th{background:#f0f0f0}.high{color:#a40000;font-weight:bold}.medium{color:#8a5300;font-weight:bold}"
            ".low{color:#444}.rule{background:#d7f0dc}.open{background:#fde9c8}.denied{background:#eee}"
            ".ineffective{background:#f6d0d0}.incomplete{border:2px solid #a40000;padding:0 1em;margin:1em 0}"
            "</style></head><body>")
            .arg(tr("Registry network access audit").toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Registry network access audit").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Scope: %1").arg(scope).toHtmlEscaped(),
                     tr("Generated: %1").arg(generatedAt.toUTC().toString(Qt::ISODate)).toHtmlEscaped());
    html += incompleteHtml();
    html += QStringLiteral("<p><span class=\"high\">%1</span> · <span class=\"medium\">%2</span> · "
                           "<span class=\"low\">%3</span></p>")
                .arg(tr("%n high", nullptr, high).toHtmlEscaped(), tr("%n medium", nullptr, medium).toHtmlEscaped(),
                     tr("%n low", nullptr, low).toHtmlEscaped());
    html +=
        QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
            .arg(tr("Findings").toHtmlEscaped(), tr("Check").toHtmlEscaped(), tr("Severity").toHtmlEscaped(),
                 tr("Registry").toHtmlEscaped(), tr("Finding").toHtmlEscaped(), tr("Evidence").toHtmlEscaped(),
                 tr("Azure Policy").toHtmlEscaped());
    for (const Finding &f : findings) {
        if (f.suppressed)
            continue;
        const QString sev = Finding::severityName(f.severity);
        html +=
            QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4<br><small>%5</small></td><td><b>%6</b><br>%7"
                           "</td><td>%8</td><td>%9</td></tr>")
                .arg(f.checkId.toHtmlEscaped(), sev, Finding::severityText(f.severity).toHtmlEscaped(),
                     f.registryName.toHtmlEscaped(), f.subscriptionName.toHtmlEscaped(), f.title.toHtmlEscaped(),
                     f.explanation.toHtmlEscaped(),
                     f.evidence.join(QStringLiteral("<br>"))
                         .toHtmlEscaped()
                         .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")),
                     f.policyId.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += acceptedHtml(accepted);
    html += matrixHtml();
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QByteArray AuditReport::matrixToCsv() const
{
    if (!inventory)
        return {};
    QList<Subnet> subnets = inventory->subnets.values();
    QList<Registry> registries = inventory->registries.values();
    std::sort(subnets.begin(), subnets.end(), [](const Subnet &a, const Subnet &b) { return a.id.key() < b.id.key(); });
    std::sort(registries.begin(), registries.end(),
              [](const Registry &a, const Registry &b) { return a.id.key() < b.id.key(); });
    QStringList header{QStringLiteral("subnet")};
    for (const Registry &r : std::as_const(registries))
        header << csvField(r.id.toString());
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Subnet &s : std::as_const(subnets)) {
        QStringList row{csvField(s.id.toString())};
        for (const Registry &r : std::as_const(registries))
            row << cellCode(AccessEvaluator::fromSubnet(r, s.id.toString(), *inventory).result);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray AuditReport::format(const QString &name) const
{
    if (name == QLatin1String("csv"))
        return toCsv();
    if (name == QLatin1String("html"))
        return toHtml();
    return toJson();
}

QList<Finding> AuditReport::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    QList<Finding> out;
    if (!doc.isObject()) {
        *error = e.errorString();
        return out;
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.checkId = o.value(QLatin1String("checkId")).toString();
        Finding::parseSeverity(o.value(QLatin1String("severity")).toString(), &f.severity);
        f.title = o.value(QLatin1String("title")).toString();
        f.registryName = o.value(QLatin1String("registry")).toString();
        f.registryId = o.value(QLatin1String("registryId")).toString();
        f.subscriptionName = o.value(QLatin1String("subscription")).toString();
        f.subscriptionId = o.value(QLatin1String("subscriptionId")).toString();
        f.explanation = o.value(QLatin1String("explanation")).toString();
        for (const QJsonValue &ev : o.value(QLatin1String("evidence")).toArray())
            f.evidence << ev.toString();
        f.policyId = o.value(QLatin1String("policyId")).toString();
        f.fixTarget = o.value(QLatin1String("fixTarget")).toString();
        for (const QJsonValue &c : o.value(QLatin1String("fixCommands")).toArray())
            f.fixCommands << c.toString();
        const QJsonObject accepted = o.value(QLatin1String("suppressed")).toObject();
        f.suppressed = !accepted.isEmpty();
        f.suppressionReason = accepted.value(QLatin1String("reason")).toString();
        f.suppressionExpires = QDate::fromString(accepted.value(QLatin1String("expires")).toString(), Qt::ISODate);
        out.append(f);
    }
    return out;
}

QList<Finding> AuditReport::fromCsv(const QByteArray &csv, QString *error)
{
    const QString text = QString::fromUtf8(csv);
    int pos = 0;
    while (text.mid(pos, 1) == QLatin1String("#")) { // the incompleteness lines ahead of the header
        const qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        pos = end < 0 ? int(text.size()) : int(end) + 1;
    }
    const QStringList header = parseCsvLine(text, &pos);
    QList<Finding> out;
    if (header != kColumns) {
        *error = tr("unexpected CSV header");
        return out;
    }
    while (pos < text.size()) {
        QStringList f = parseCsvLine(text, &pos);
        if (f.size() != kColumns.size()) {
            *error = tr("a row has %1 fields instead of %2").arg(f.size()).arg(kColumns.size());
            return {};
        }
        for (QString &field : f) { // undo the spreadsheet neutralisation
            if (field.startsWith(QLatin1Char('\'')) && startsLikeAFormula(field.mid(1)))
                field.remove(0, 1);
        }
        Finding x;
        x.checkId = f.at(0);
        Finding::parseSeverity(f.at(1), &x.severity);
        x.title = f.at(2);
        x.registryName = f.at(3);
        x.registryId = f.at(4);
        x.subscriptionName = f.at(5);
        x.explanation = f.at(6);
        x.evidence = f.at(7).split(QStringLiteral(" | "), Qt::SkipEmptyParts);
        x.policyId = f.at(8);
        x.fixTarget = f.at(9);
        x.suppressed = !f.at(10).isEmpty();
        x.suppressionReason = f.at(10);
        out.append(x);
    }
    return out;
}

} // namespace acrnet
