#pragma once

#include <QStringList>

namespace acrnet {

// `acr-netadmin inventory [connection] --format json`: prints the whole inventory. Exit codes: 0 success,
// 2 usage error, 1 other failure, each failure with one line on stderr.
int runInventoryCommand(const QStringList &arguments);

} // namespace acrnet
