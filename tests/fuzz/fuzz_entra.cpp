// Entra ID answers on any bytes: token responses (with an id_token of any shape), device-code answers and OAuth
// error pairs. Never a crash; a device code is either usable (code, device code, http(s) address, bounded interval
// and lifetime) or refused with a reason.
#include "app/auth/autherror.h"
#include "app/auth/devicecodeflow.h"
#include "app/auth/entraclient.h"
#include "app/azure/jsonreader.h"
#include "fuzzsupport.h"

using namespace acrnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    QString error;
    const QJsonObject json = parseJsonObject(body, &error);
    switch (data[0] % 3) {
    case 0: {
        const TokenResponse t = EntraClient::tokenFrom(json, QStringLiteral("tenant"));
        fuzz::require(!t.tenantId.isEmpty(), "a token always names a tenant");
        break;
    }
    case 1: {
        QString e;
        const auto answer = DeviceCodeFlow::parseCodeAnswer(json, &e);
        fuzz::require(answer.has_value() == e.isEmpty(), "a device code, or a reason");
        if (answer) {
            fuzz::require(!answer->deviceCode.isEmpty() && !answer->code.userCode.isEmpty(), "codes present");
            fuzz::require(answer->intervalSeconds >= 1 && answer->intervalSeconds <= 60, "interval bounded");
            fuzz::require(answer->code.expiresInSeconds >= 1 && answer->code.expiresInSeconds <= 3600,
                          "lifetime bounded");
        }
        break;
    }
    case 2: {
        const QString text = fuzz::text(data + 1, size - 1);
        const qsizetype cut = text.indexOf(QLatin1Char('\n'));
        const AuthError e = AuthError::fromOAuth(text.left(cut), cut < 0 ? QString() : text.mid(cut + 1));
        (void)e.userText();
        break;
    }
    }
    return 0;
}
