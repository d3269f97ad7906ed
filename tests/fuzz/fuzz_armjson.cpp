// Every mapper of an ARM answer, on any bytes: registries, VNets, subnets, subscriptions, resource groups,
// provider registrations, error bodies, long-running operation status. The first byte picks the mapper.
// Properties: never a crash; a mapper either returns a value or gives a reason, never both silent.
#include "app/arm/armoperationjob.h"
#include "app/azure/armerror.h"
#include "app/azure/jsonreader.h"
#include "app/azure/registry.h"
#include "app/azure/subnet.h"
#include "app/azure/subscription.h"
#include "app/azure/virtualnetwork.h"
#include "fuzzsupport.h"

using namespace acrnet;

namespace {

template<typename T> void check(const std::optional<T> &value, const QString &error, const char *what)
{
    fuzz::require(value.has_value() || !error.isEmpty(), what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    QString error;
    const QJsonObject json = parseJsonObject(body, &error);
    switch (selector % 8) {
    case 0: {
        QString e;
        check(Registry::fromJson(json, &e), e, "a registry is parsed or refused with a reason");
        break;
    }
    case 1: {
        QString e;
        QStringList warnings;
        check(VirtualNetwork::fromJson(json, &e, &warnings), e, "a VNet is parsed or refused with a reason");
        break;
    }
    case 2: {
        QString e;
        if (const auto subnet = Subnet::fromJson(json, &e)) {
            for (bool enable : {true, false}) {
                const QJsonObject changed = Subnet::withServiceEndpoint(json, Subnet::acrService(), enable);
                QString e2;
                const auto after = Subnet::fromJson(changed, &e2);
                fuzz::require(after && after->hasEndpoint(Subnet::acrService()) == enable,
                              "withServiceEndpoint does what it says on any subnet that parses");
            }
        } else {
            fuzz::require(!e.isEmpty(), "a subnet is parsed or refused with a reason");
        }
        break;
    }
    case 3: {
        QString e;
        check(Subscription::fromJson(json, &e), e, "a subscription is parsed or refused with a reason");
        break;
    }
    case 4: {
        QString e;
        check(ResourceGroup::fromJson(json, &e), e, "a resource group is parsed or refused with a reason");
        break;
    }
    case 5: {
        QString e;
        check(ProviderRegistration::fromJson(json, &e), e, "a provider state is parsed or refused with a reason");
        break;
    }
    case 6: {
        const int status = 400 + (body.size() % 200);
        const ArmError e = ArmError::fromBody(ArmError::kindForStatus(status), status, body);
        fuzz::require(e.isError(), "an error body always gives an error");
        (void)e.userText();
        (void)e.technicalText();
        break;
    }
    case 7: {
        const ArmOperationJob::Status s = ArmOperationJob::parseStatus(body);
        fuzz::require(s.error.isEmpty() != s.status.isEmpty(), "a status, or a reason");
        fuzz::require(s.percent >= -1 && s.percent <= 100, "a percentage is 0..100 or unknown");
        break;
    }
    }
    return 0;
}
