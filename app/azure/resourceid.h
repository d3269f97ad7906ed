#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>

namespace acrnet {

// An ARM resource ID: /subscriptions/{s}[/resourceGroups/{rg}][/providers/{ns}[/{type}/{name}]...].
// Comparison is case-insensitive, as in ARM; the original spelling is kept for display and requests.
class ResourceId
{
    Q_DECLARE_TR_FUNCTIONS(ResourceId)

public:
    struct Segment
    {
        QString type;
        QString name;
    };

    ResourceId() = default;

    // Returns an invalid ResourceId and sets *error to a specific, translated reason on failure.
    static ResourceId parse(const QString &text, QString *error = nullptr);
    // Like parse(), and also requires the type (e.g. "Microsoft.Network/virtualNetworks/subnets").
    static ResourceId parseOfType(const QString &text, const QString &fullType, QString *error = nullptr);
    static ResourceId parseSubnet(const QString &text, QString *error = nullptr);
    static ResourceId parseRegistry(const QString &text, QString *error = nullptr);

    static ResourceId forSubscription(const QString &subscriptionId);
    static ResourceId forResourceGroup(const QString &subscriptionId, const QString &resourceGroup);
    static ResourceId forResource(const QString &subscriptionId, const QString &resourceGroup,
                                  const QString &providerNamespace, const QList<Segment> &segments);
    static ResourceId forSubnet(const QString &subscriptionId, const QString &resourceGroup, const QString &vnet,
                                const QString &subnet);
    static ResourceId forRegistry(const QString &subscriptionId, const QString &resourceGroup, const QString &name);

    bool isValid() const { return !m_subscriptionId.isEmpty(); }
    QString subscriptionId() const { return m_subscriptionId; }
    QString resourceGroup() const { return m_resourceGroup; }
    QString providerNamespace() const { return m_providerNamespace; }
    QList<Segment> segments() const { return m_segments; }
    // "Microsoft.Network/virtualNetworks/subnets"; empty for subscriptions and resource groups.
    QString fullType() const;
    bool isOfType(const QString &fullType) const;
    // The last name in the chain (subnet name, registry name, resource group, or subscription ID).
    QString name() const;
    // The enclosing resource: subnet -> VNet -> resource group -> subscription.
    ResourceId parent() const;
    // The canonical text, shared by every copy of this ID (it is built once).
    QString toString() const { return m_text; }
    // Lower-cased canonical form, for hashing and map keys (built once too; the same string as toString() when
    // the text is already lower-case, as Resource Graph often sends it).
    QString key() const { return m_key; }

    friend bool operator==(const ResourceId &a, const ResourceId &b)
    {
        return a.m_text.compare(b.m_text, Qt::CaseInsensitive) == 0;
    }
    friend bool operator!=(const ResourceId &a, const ResourceId &b) { return !(a == b); }
    friend size_t qHash(const ResourceId &id, size_t seed = 0) { return id.hash(seed); }

private:
    static bool hasOnlyIdCharacters(const QString &text, QString *error);
    void settle(); // sets m_text from the parts; every factory ends with it
    size_t hash(size_t seed) const;

    QString m_text;
    QString m_key;
    QString m_subscriptionId;
    QString m_resourceGroup;
    QString m_providerNamespace;
    QList<Segment> m_segments;
};

namespace ResourceTypes {
inline QString subnet()
{
    return QStringLiteral("Microsoft.Network/virtualNetworks/subnets");
}
inline QString virtualNetwork()
{
    return QStringLiteral("Microsoft.Network/virtualNetworks");
}
inline QString registry()
{
    return QStringLiteral("Microsoft.ContainerRegistry/registries");
}
} // namespace ResourceTypes

} // namespace acrnet
