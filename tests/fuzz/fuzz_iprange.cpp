// IpRange::parse on any text: never crashes; an accepted range round-trips through its canonical text, contains
// its own first and last address, and parseAddress agrees with a /32 range.
#include "app/azure/iprange.h"
#include "fuzzsupport.h"

using namespace acrnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    QString error;
    const auto range = IpRange::parse(input, &error);
    fuzz::require(range.has_value() == error.isEmpty(), "a range is either parsed or comes with a reason", input);
    if (const auto address = IpRange::parseAddress(input)) {
        QString e2;
        const auto single = IpRange::parse(IpRange::addressText(*address), &e2);
        fuzz::require(single && single->network() == *address && single->prefixLength() == 32,
                      "an address is a /32 range", input);
    }
    if (!range)
        return 0;
    fuzz::require(range->prefixLength() >= 0 && range->prefixLength() <= 32, "prefix within 0..32", input);
    QString again;
    const auto reparsed = IpRange::parse(range->text(), &again);
    fuzz::require(reparsed.has_value() && *reparsed == *range, "parse(text(r)) == r", input);
    fuzz::require(range->contains(range->network()) && range->contains(range->last()), "contains its ends", input);
    fuzz::require(range->overlaps(*range) && range->contains(*range), "overlaps and contains itself", input);
    return 0;
}
