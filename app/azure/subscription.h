#pragma once

#include "resourceid.h"

#include <QMetaType>
#include <optional>

class QJsonObject;

namespace acrnet {

// An Azure subscription (GET /subscriptions).
struct Subscription
{
    ResourceId id;
    QString subscriptionId;
    QString displayName;
    QString tenantId;
    QString state; // Enabled, Warned, PastDue, Disabled, Deleted

    bool isEnabled() const { return state.isEmpty() || state == QLatin1String("Enabled"); }

    static std::optional<Subscription> fromJson(const QJsonObject &json, QString *error);
};

// A resource group (GET /subscriptions/{s}/resourcegroups).
struct ResourceGroup
{
    ResourceId id;
    QString name;
    QString location;
    QString provisioningState;

    static std::optional<ResourceGroup> fromJson(const QJsonObject &json, QString *error);
};

// Registration state of a resource provider namespace in one subscription.
struct ProviderRegistration
{
    enum class State { Registered, NotRegistered, Registering, Unregistering, Unknown };

    QString subscriptionId;
    QString providerNamespace;
    QString registrationState; // as sent; the spec leaves it a free string
    State state = State::Unknown;

    bool isRegistered() const { return state == State::Registered; }

    static State stateFromString(const QString &s);
    static std::optional<ProviderRegistration> fromJson(const QJsonObject &json, QString *error);
};

} // namespace acrnet
Q_DECLARE_METATYPE(acrnet::Subscription)

Q_DECLARE_METATYPE(acrnet::ResourceGroup)
Q_DECLARE_METATYPE(acrnet::ProviderRegistration)
