#pragma once

#include "secretstore.h"

namespace acrnet {

// The OS keychain through QtKeychain (Secret Service on Linux), with the plaintext fallback switched off:
// when no keychain is available the caller is told, and nothing is written anywhere else.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("acr-netadmin"), QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace acrnet
