// ResourceId::parse on any text: never crashes, and every accepted ID round-trips:
// parse(text(parse(x))) == parse(x), with the same text.
#include "app/azure/resourceid.h"
#include "fuzzsupport.h"

using namespace acrnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    QString error;
    const ResourceId id = ResourceId::parse(input, &error);
    fuzz::require(id.isValid() != !error.isEmpty(), "an ID is either valid or comes with a reason", input);
    if (!id.isValid())
        return 0;
    const QString canonical = id.toString();
    QString again;
    const ResourceId reparsed = ResourceId::parse(canonical, &again);
    fuzz::require(reparsed.isValid(), "the text of an accepted ID parses", input);
    fuzz::require(reparsed == id, "parse(text(parse(x))) == parse(x)", input);
    fuzz::require(reparsed.toString() == canonical, "the text is stable", input);
    ResourceId::parseSubnet(input, &error);
    ResourceId::parseRegistry(input, &error);
    return 0;
}
