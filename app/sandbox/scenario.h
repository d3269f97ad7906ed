#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace acrnet::sandbox {

class Store;

// Builds a Store from a scenario: a built-in name (demo, training, clean, large, xl) or a JSON file.
// The scenario format is compact; this class expands it into ARM-shaped documents.
class Scenario
{
public:
    static QStringList builtInNames();
    // Loads `nameOrFile` into store; returns false with *error set when it cannot.
    static bool load(const QString &nameOrFile, Store &store, QString *error);
    static bool loadJson(const QJsonObject &scenario, Store &store, QString *error);
    // The generated estate for benchmarks. Parameters: name, subscriptions, tenants (spread round-robin, the
    // "sandbox" principal consented in each), vnetsPerSubscription, subnetsPerVnet, registries, rulesPerRegistry,
    // privateEndpointEvery (every Nth Premium registry index gets one; 0 = none), seed.
    static QJsonObject generateLarge(const QJsonObject &parameters);
    // The parameters of the built-in `xl` scenario.
    static QJsonObject xlParameters();
};

} // namespace acrnet::sandbox
