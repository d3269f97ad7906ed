// The sandbox's KQL subset on any query text: parsing never crashes, and a query that parses runs over a fixed set
// of rows without crashing and returns no more rows than it was given.
#include "app/sandbox/kqlquery.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace acrnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    QString error;
    const auto query = sandbox::KqlQuery::parse(input, &error);
    fuzz::require(query.has_value() == error.isEmpty(), "a query, or a reason", input);
    if (!query)
        return 0;
    static const QJsonArray rows = [] {
        QJsonArray a;
        const char *types[] = {"microsoft.network/virtualnetworks", "microsoft.containerregistry/registries"};
        for (int i = 0; i < 6; ++i) {
            a.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("/subscriptions/s%1/resourceGroups/g/providers/x/y/n%1").arg(i)},
                {QStringLiteral("name"), QStringLiteral("n%1").arg(i)},
                {QStringLiteral("type"), QLatin1String(types[i % 2])},
                {QStringLiteral("subscriptionId"), QStringLiteral("s%1").arg(i % 3)},
                {QStringLiteral("location"), i % 2 ? QStringLiteral("westeurope") : QStringLiteral("eastus")},
                {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Premium")}}},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("n"), i}}},
            });
        }
        return a;
    }();
    const QJsonArray out = query->run(rows);
    fuzz::require(out.size() <= rows.size(), "no more rows out than in", input);
    return 0;
}
