#include "azureterms.h"

#include <QList>
#include <QPair>

namespace acrnet {

QString AzureTerms::text(const QString &raw)
{
    static const QList<QPair<QLatin1String, const char *>> terms{
        {QLatin1String("Enabled"), QT_TR_NOOP("Enabled")},
        {QLatin1String("Disabled"), QT_TR_NOOP("Disabled")},
        {QLatin1String("Allow"), QT_TR_NOOP("Allow")},
        {QLatin1String("Deny"), QT_TR_NOOP("Deny")},
        {QLatin1String("Succeeded"), QT_TR_NOOP("Succeeded")},
        {QLatin1String("Updating"), QT_TR_NOOP("Updating")},
        {QLatin1String("Creating"), QT_TR_NOOP("Creating")},
        {QLatin1String("Deleting"), QT_TR_NOOP("Deleting")},
        {QLatin1String("Failed"), QT_TR_NOOP("Failed")},
        {QLatin1String("Canceled"), QT_TR_NOOP("Canceled")},
        {QLatin1String("Registered"), QT_TR_NOOP("Registered")},
        {QLatin1String("NotRegistered"), QT_TR_NOOP("Not registered")},
        {QLatin1String("Registering"), QT_TR_NOOP("Registering")},
        {QLatin1String("Unregistering"), QT_TR_NOOP("Unregistering")},
        {QLatin1String("Warned"), QT_TR_NOOP("Warned")},
        {QLatin1String("PastDue"), QT_TR_NOOP("Past due")},
        {QLatin1String("Approved"), QT_TR_NOOP("Approved")},
        {QLatin1String("Pending"), QT_TR_NOOP("Pending")},
        {QLatin1String("Rejected"), QT_TR_NOOP("Rejected")},
        {QLatin1String("Disconnected"), QT_TR_NOOP("Disconnected")},
    };
    for (const auto &[value, words] : terms) {
        if (raw == value)
            return tr(words);
    }
    return raw;
}

QString AzureTerms::tooltip(const QString &raw)
{
    const QString shown = text(raw);
    return shown == raw ? QString() : tr("Azure's value: %1").arg(raw);
}

} // namespace acrnet
