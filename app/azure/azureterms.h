#pragma once

#include <QCoreApplication>
#include <QString>

namespace acrnet {

// The values Azure sends as words — states and settings such as Enabled, Deny, Succeeded, Registered, Approved — in
// the user's language, for what the app shows in sentences and property lists. The raw value stays in the JSON tab,
// the tooltips (tooltip()), the az commands and every export: those are what a script or a ticket needs.
class AzureTerms
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::AzureTerms)

public:
    // The value in words, or the value itself when it is not one of Azure's known words (nothing is invented).
    static QString text(const QString &raw);
    // "Azure's value: Succeeded" when text() translated it, else empty.
    static QString tooltip(const QString &raw);
};

} // namespace acrnet
