#pragma once

#include "context.h"

namespace acrnet::sandbox {

// ARM's generic resource lists: GET /subscriptions/{s}/resources and …/resourceGroups/{rg}/resources, with $filter
// on resourceType and name (eq, joined by and), $top and paging. The Azure CLI finds a registry named without
// --resource-group this way.
class GenericResources : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

private:
    struct Filter
    {
        QString resourceType;
        QString name;
    };
    static std::optional<Filter> parseFilter(const QString &text);
    QJsonArray resourcesUnder(const QString &prefix, const Filter &filter) const;
};

} // namespace acrnet::sandbox
