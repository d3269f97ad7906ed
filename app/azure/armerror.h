#pragma once

#include "armresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkReply>
#include <QString>

namespace acrnet {

// Every failure of a request to ARM (or Entra ID, or a registry's data plane), typed, with the service's
// own code and message and the IDs support needs. userText() is translated and says what to do.
class ArmError
{
    Q_DECLARE_TR_FUNCTIONS(ArmError)

public:
    enum class Kind {
        None,
        Network,            // no HTTP answer: refused, DNS, dropped connection
        Tls,                // certificate or handshake problem
        Timeout,            // no answer in time, or a long-running operation that did not finish
        Cancelled,          // the user (or a newer request) cancelled it
        Authentication,     // no token could be obtained
        Unauthorized,       // 401
        Forbidden,          // 403
        NotFound,           // 404
        Conflict,           // 409
        PreconditionFailed, // 412: changed by someone else
        Throttled,          // 429 after all retries
        BadRequest,         // other 4xx
        Server,             // 5xx after all retries
        InvalidResponse,    // malformed or unexpected body
        UntrustedHost,      // a link pointing away from the management host: the token is not sent
        OperationFailed,    // a long-running operation ended Failed or Canceled
        SignedOut,          // the account (and its client) went away while the job ran
    };

    struct Detail
    {
        QString code;
        QString message;
        QString target;
    };

    ArmError() = default;
    ArmError(Kind kind, const QString &message);

    // The one mapping from transport error + HTTP status + body to an ArmError.
    static ArmError fromReply(QNetworkReply::NetworkError networkError, const QString &networkErrorText,
                              const ArmResponse &response);
    // Reads {"error":{code,message,target,details,additionalInfo}} and the OAuth and registry variants.
    static ArmError fromBody(Kind kind, int httpStatus, const QByteArray &body);
    static Kind kindForStatus(int httpStatus);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString target() const { return m_target; }
    QList<Detail> details() const { return m_details; }
    QJsonArray additionalInfo() const { return m_additionalInfo; }
    QString requestId() const { return m_requestId; }
    QString correlationId() const { return m_correlationId; }
    QString clientRequestId() const { return m_clientRequestId; }
    QUrl url() const { return m_url; }

    void setRequestIds(const QString &requestId, const QString &correlationId, const QString &clientRequestId);
    void setUrl(const QUrl &url) { m_url = url; }
    void setMessage(const QString &message) { m_message = message; }
    void setRetries(int retries) { m_retries = retries; }

    // One translated paragraph: what went wrong, in the service's words where it gave some, and what to do.
    QString userText() const;
    // The translated "what to do next" alone; empty when there is nothing specific to suggest.
    QString suggestion() const;
    // Code, status and request IDs for a support ticket or a log line (never a token).
    QString technicalText() const;

private:
    QString summary() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retries = 0;
    QString m_code;
    QString m_message;
    QString m_target;
    QList<Detail> m_details;
    QJsonArray m_additionalInfo;
    QString m_requestId;
    QString m_correlationId;
    QString m_clientRequestId;
    QUrl m_url;
};

} // namespace acrnet

Q_DECLARE_METATYPE(acrnet::ArmError)
