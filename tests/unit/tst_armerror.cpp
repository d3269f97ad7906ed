#include "app/azure/armerror.h"

#include <QtTest>

using namespace acrnet;

Q_DECLARE_METATYPE(ArmError::Kind)

class TestArmError : public QObject
{
    Q_OBJECT

private slots:
    void httpBodies_data();
    void httpBodies();
    void transportErrors_data();
    void transportErrors();
    void detailsAndIds();
};

void TestArmError::httpBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ArmError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("userTextPart");

    QTest::newRow("resource group not found")
        << 404
        << QByteArray(
               R"({"error":{"code":"ResourceGroupNotFound","message":"Resource group 'test-rg' could not be found."}})")
        << ArmError::Kind::NotFound << "ResourceGroupNotFound"
        << "could not be found"
        << "Refresh";
    QTest::newRow("authorization failed")
        << 403
        << QByteArray(
               R"({"error":{"code":"AuthorizationFailed","message":"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/write'."}})")
        << ArmError::Kind::Forbidden << "AuthorizationFailed"
        << "does not have authorization"
        << "role";
    QTest::newRow("expired token")
        << 401
        << QByteArray(
               R"({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}})")
        << ArmError::Kind::Unauthorized << "ExpiredAuthenticationToken"
        << "expiry"
        << "Sign in again";
    QTest::newRow("subscription not found")
        << 404
        << QByteArray(
               R"({"error":{"code":"SubscriptionNotFound","message":"The subscription 'abc' could not be found."}})")
        << ArmError::Kind::NotFound << "SubscriptionNotFound"
        << "abc"
        << "account can see it";
    QTest::newRow("precondition failed")
        << 412
        << QByteArray(R"({"error":{"code":"PreconditionFailed","message":"Precondition failed: etag mismatch."}})")
        << ArmError::Kind::PreconditionFailed << "PreconditionFailed"
        << "etag"
        << "Nothing was changed";
    QTest::newRow("throttled")
        << 429 << QByteArray(R"({"error":{"code":"TooManyRequests","message":"The request is being throttled."}})")
        << ArmError::Kind::Throttled << "TooManyRequests"
        << "throttled"
        << "Wait a minute";
    QTest::newRow("bad api version")
        << 400
        << QByteArray(
               R"({"error":{"code":"InvalidApiVersionParameter","message":"The api-version '1999-01-01' is invalid. The supported versions are '2021-04-01'."}})")
        << ArmError::Kind::BadRequest << "InvalidApiVersionParameter"
        << "supported versions"
        << "api-version";
    QTest::newRow("missing registration")
        << 409
        << QByteArray(
               R"({"error":{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace 'Microsoft.ContainerRegistry'."}})")
        << ArmError::Kind::Conflict << "MissingSubscriptionRegistration"
        << "namespace"
        << "Register the resource provider";
    QTest::newRow("server error")
        << 500
        << QByteArray(R"({"error":{"code":"InternalServerError","message":"Encountered internal server error."}})")
        << ArmError::Kind::Server << "InternalServerError"
        << "internal"
        << "request ID";
    QTest::newRow("oauth invalid_client")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]})")
        << ArmError::Kind::Unauthorized << "invalid_client"
        << "AADSTS7000215"
        << "Sign in again";
    QTest::newRow("registry data plane")
        << 403
        << QByteArray(
               R"({"errors":[{"code":"DENIED","message":"client with IP '203.0.113.5' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]})")
        << ArmError::Kind::Forbidden << "DENIED"
        << "203.0.113.5"
        << "Access denied";
    QTest::newRow("top-level code")
        << 400 << QByteArray(R"({"code":"InvalidRequestContent","message":"The request content was invalid."})")
        << ArmError::Kind::BadRequest << "InvalidRequestContent"
        << "invalid"
        << "rejected";
    QTest::newRow("html from a proxy") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                       << ArmError::Kind::Server << ""
                                       << "502 Bad Gateway"
                                       << "server error";
    QTest::newRow("empty body") << 503 << QByteArray() << ArmError::Kind::Server << ""
                                << ""
                                << "Try again";
    QTest::newRow("malformed json") << 400 << QByteArray(R"({"error":{"code":"Bad)") << ArmError::Kind::BadRequest << ""
                                    << "{\"error\""
                                    << "rejected";
}

void TestArmError::httpBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    QFETCH(QString, userTextPart);
    ArmResponse response;
    response.status = status;
    response.body = body;
    response.url = QUrl(QStringLiteral("https://management.azure.com/subscriptions/abc?api-version=2022-12-01"));
    const ArmError e = ArmError::fromReply(QNetworkReply::ContentNotFoundError, QString(), response);
    QVERIFY(e.isError());
    QTEST(e.kind(), "kind");
    QTEST(e.code(), "code");
    QCOMPARE(e.httpStatus(), status);
    QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
    QVERIFY2(e.userText().contains(userTextPart), qPrintable(e.userText()));
}

void TestArmError::transportErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<ArmError::Kind>("kind");
    QTest::addColumn<QString>("userTextPart");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << ArmError::Kind::Network
                             << "Could not reach management.azure.com";
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << ArmError::Kind::Network << "proxy";
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << ArmError::Kind::Tls << "CA certificate";
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << ArmError::Kind::Timeout << "timed out";
    QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << ArmError::Kind::Cancelled
                               << "Cancelled";
}

void TestArmError::transportErrors()
{
    QFETCH(int, networkError);
    QFETCH(QString, userTextPart);
    ArmResponse response;
    response.url = QUrl(QStringLiteral("https://management.azure.com/subscriptions"));
    const ArmError e =
        ArmError::fromReply(QNetworkReply::NetworkError(networkError), QStringLiteral("socket said no"), response);
    QTEST(e.kind(), "kind");
    QCOMPARE(e.httpStatus(), 0);
    QVERIFY2(e.userText().contains(userTextPart), qPrintable(e.userText()));
}

void TestArmError::detailsAndIds()
{
    ArmResponse response;
    response.status = 400;
    response.url = QUrl(QStringLiteral("https://management.azure.com/x"));
    response.body = R"({"error":{"code":"InvalidTemplate","message":"Bad.","target":"properties.networkRuleSet",
        "details":[{"code":"InvalidIpRule","message":"'10.0.0.0/33' is not a valid IPv4 range.","target":"ipRules[0]"}],
        "additionalInfo":[{"type":"PolicyViolation","info":{"policyDefinitionDisplayName":"Deny public"}}]}})";
    response.headers = {{"x-ms-request-id", "req-1"}, {"x-ms-correlation-request-id", "corr-2"}};
    const ArmError e = ArmError::fromReply(QNetworkReply::ProtocolInvalidOperationError, QString(), response);
    QCOMPARE(e.target(), QStringLiteral("properties.networkRuleSet"));
    QCOMPARE(e.details().size(), 1);
    QCOMPARE(e.details().first().code, QStringLiteral("InvalidIpRule"));
    QCOMPARE(e.additionalInfo().size(), 1);
    QCOMPARE(e.requestId(), QStringLiteral("req-1"));
    QCOMPARE(e.correlationId(), QStringLiteral("corr-2"));
    const QString tech = e.technicalText();
    QVERIFY(tech.contains(QLatin1String("x-ms-request-id=req-1")));
    QVERIFY(tech.contains(QLatin1String("10.0.0.0/33")));
}

QTEST_GUILESS_MAIN(TestArmError)
#include "tst_armerror.moc"
