#pragma once

#include <QStringList>

namespace acrnet {

// `acr-netadmin inventory [connection] --format json`: prints the whole inventory. Exit codes: 0 success,
// 2 usage error, 1 other failure, each failure with one line on stderr.
int runInventoryCommand(const QStringList &arguments);
// `acr-netadmin audit [connection] --format json|csv|html [--fail-on low|medium|high]`: prints the findings; exit
// code 3 when one at or above the threshold exists.
int runAuditCommand(const QStringList &arguments);

} // namespace acrnet
