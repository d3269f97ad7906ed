#include "azureclicredential.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace acrnet {

AzureCliCredential::AzureCliCredential(const QString &armResource, QObject *parent)
    : QObject(parent)
    , m_resource(armResource)
{}

TokenResponse AzureCliCredential::parse(const QByteArray &json, AuthError *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    TokenResponse t;
    t.accessToken = o.value(QLatin1String("accessToken")).toString();
    t.tenantId = o.value(QLatin1String("tenant")).toString();
    if (o.value(QLatin1String("expires_on")).isDouble()) {
        t.expiresAtSecs = qint64(o.value(QLatin1String("expires_on")).toDouble());
    } else {
        QDateTime local = QDateTime::fromString(o.value(QLatin1String("expiresOn")).toString().left(19),
                                                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        local.setTimeSpec(Qt::LocalTime);
        t.expiresAtSecs = local.isValid() ? local.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch() + 300;
    }
    if (t.accessToken.isEmpty())
        *error = AuthError(AuthError::Kind::CliFailed, QString(), tr("The Azure CLI printed no access token."));
    return t;
}

void AzureCliCredential::getToken(const QString &tenant, QObject *context, Callback done)
{
    auto *process = new QProcess(this);
    QStringList args{QStringLiteral("account"),    QStringLiteral("get-access-token"),
                     QStringLiteral("--resource"), m_resource,
                     QStringLiteral("-o"),         QStringLiteral("json")};
    if (!tenant.isEmpty())
        args << QStringLiteral("--tenant") << tenant;
    QPointer<QObject> guard(context);
    connect(process, &QProcess::errorOccurred, this, [process, guard, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        if (guard)
            done({}, AuthError(AuthError::Kind::CliMissing, QString(), QString()));
    });
    connect(process, &QProcess::finished, this, [process, guard, done](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (!guard)
            return;
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || code != 0) {
            const bool notLoggedIn = err.contains(QLatin1String("az login"), Qt::CaseInsensitive);
            // The CLI's own words, first line only: never the token, which is only on stdout.
            done({}, AuthError(notLoggedIn ? AuthError::Kind::CliNotLoggedIn : AuthError::Kind::CliFailed, QString(),
                               err.section(QLatin1Char('\n'), 0, 0)));
            return;
        }
        AuthError error;
        const TokenResponse t = parse(process->readAllStandardOutput(), &error);
        done(t, error);
    });
    process->start(m_program, args);
}

} // namespace acrnet
