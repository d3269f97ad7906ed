#include "keychainsecretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace acrnet {

namespace {

SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretStore::Status::NotFound; // "not signed in", not an error
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = SecretStore::Status::Denied;
        break;
    default:
        r.status = SecretStore::Status::Failed;
        break;
    }
    if (r.status != SecretStore::Status::Ok && r.status != SecretStore::Status::NotFound)
        r.error = job->errorString();
    return r;
}

template<typename Job>
void run(Job *job, QObject *context, SecretStore::Callback done,
         std::function<void(Job *, SecretStore::Result &)> extra = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), extra](QKeychain::Job *j) {
                         SecretStore::Result r = resultOf(j);
                         if (extra && r.status == SecretStore::Status::Ok)
                             extra(static_cast<Job *>(j), r);
                         if (guard)
                             done(r);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run<QKeychain::ReadPasswordJob>(job, context, std::move(done),
                                    [](QKeychain::ReadPasswordJob *j, Result &r) { r.value = j->textData(); });
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run<QKeychain::WritePasswordJob>(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run<QKeychain::DeletePasswordJob>(job, context, [done = std::move(done)](const Result &r) {
        // Deleting what is not there leaves the wanted state: nothing stored.
        done(r.status == Status::NotFound ? Result{} : r);
    });
}

} // namespace acrnet
