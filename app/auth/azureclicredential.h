#pragma once

#include "autherror.h"
#include "entraclient.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <functional>

namespace acrnet {

// Reuses an Azure CLI sign-in: runs `az account get-access-token --resource {arm} [--tenant T] -o json` as a
// process (arguments, never a shell string) and reads the token from its output.
class AzureCliCredential : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenResponse &, const AuthError &)>;

    explicit AzureCliCredential(const QString &armResource, QObject *parent = nullptr);
    void setProgram(const QString &program) { m_program = program; } // default "az" on the PATH

    void getToken(const QString &tenant, QObject *context, Callback done);

    // Parses the CLI's JSON (accessToken with expires_on epoch seconds, or the older local-time expiresOn).
    static TokenResponse parse(const QByteArray &json, AuthError *error);

private:
    QString m_resource;
    QString m_program = QStringLiteral("az");
};

} // namespace acrnet
