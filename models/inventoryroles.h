#pragma once

#include "textsearch.h"

#include <QByteArray>
#include <QStringList>
#include <Qt>
#include <cstdint>

namespace acrnet {

// Roles shared by the inventory tree, the tables and their proxies.
enum InventoryRole {
    NodeTypeRole = Qt::UserRole + 1, // InventoryNodeType as int
    ResourceIdRole,                  // the ARM resource ID as sent (empty for accounts and tenants)
    KeyRole,                         // stable key: lower-case resource ID, or "account:…" / "tenant:…"
    SearchTextRole,                  // lower-case text the filter matches: name, ID, prefixes, region
    ScopesRole,                      // QStringList of the keys of the row and every ancestor
    SortRole,                        // raw value for sorting (numbers as numbers)
    JsonRole,                        // QJsonObject of the resource as the service sent it
    ValueRole,                       // the domain value (Subnet, Registry, VirtualNetwork, Subscription)
    ErrorRole,                       // why this node could not be loaded (empty when it could)
};

enum class InventoryNodeType { Account, Tenant, Subscription, ResourceGroup, VirtualNetwork, Subnet, Registry };

// What SearchTextRole holds, as the models keep it: lower-case UTF-8 (half the memory of UTF-16 for IDs and
// names, searched byte-wise), trimmed to its size (a conversion reserves three bytes per character), with the
// kinds of byte it holds (textsearch.h), which let a filter pass over most texts without reading them.
struct SearchText
{
    QByteArray bytes;
    std::uint64_t kinds = 0;
};

inline SearchText searchKey(const QStringList &parts)
{
    QByteArray key = parts.join(QLatin1Char(' ')).toLower().toUtf8();
    key.squeeze();
    const std::uint64_t kinds = byteKinds(std::string_view(key.constData(), size_t(key.size())));
    return {key, kinds};
}

} // namespace acrnet
