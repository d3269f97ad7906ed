#include "armjob.h"
#include "armclient.h"

namespace acrnet {

ArmJob::ArmJob(ArmClient *client)
    : QObject(client)
    , m_client(client)
{}

bool ArmJob::beginReport()
{
    if (m_reported)
        return false;
    m_reported = true;
    return true;
}

void ArmJob::reportFailure(const ArmError &error)
{
    if (!beginReport())
        return;
    emit failed(error);
    emit reported();
    deleteLater();
}

void ArmJob::clientGone()
{
    if (m_reported)
        return;
    stopWork();
    reportFailure(
        ArmError(ArmError::Kind::SignedOut, tr("It went away while this was running; nothing more was sent.")));
}

} // namespace acrnet
