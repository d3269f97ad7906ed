// A Resource Graph page, on any bytes, for both queries (VNets, registries): never a crash; an unreadable page is
// an error; every row either becomes a value or a warning.
#include "app/services/graphinventoryloader.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace acrnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool registries = data[0] & 1;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    const GraphInventoryLoader::Page page = GraphInventoryLoader::parsePage(body, registries);
    if (!page.error.isEmpty())
        return 0;
    const QJsonArray rows = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    const qsizetype mapped = page.registries.size() + page.virtualNetworks.size();
    fuzz::require(mapped <= rows.size(), "no more values than rows");
    fuzz::require(mapped + page.warnings.size() >= rows.size(), "every row is a value or a warning");
    return 0;
}
