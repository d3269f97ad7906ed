#pragma once

#include "context.h"

namespace acrnet::sandbox {

// Azure Resource Graph: POST /providers/Microsoft.ResourceGraph/resources with a parsed KQL subset over the
// sandbox's resources, scoped to the requested subscriptions, paged with $skipToken.
class ResourceGraph : public Emulator
{
public:
    using Emulator::Emulator;
    std::optional<Reply> handle(const Request &r) override;

    static QStringList versions();

private:
    QJsonArray table(const QString &name, const QStringList &subscriptions) const;
    static Reply graphError(const QString &detailCode, const QString &message);
};

} // namespace acrnet::sandbox
