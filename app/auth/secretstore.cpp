#include "secretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace acrnet {

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (!m_available)
        return answer(
            context, std::move(done),
            {Status::Unavailable, {}, QCoreApplication::translate("SecretStore", "No keychain is available.")});
    const auto it = m_values.constFind(key);
    answer(context, std::move(done),
           it == m_values.constEnd() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    if (!m_available)
        return answer(
            context, std::move(done),
            {Status::Unavailable, {}, QCoreApplication::translate("SecretStore", "No keychain is available.")});
    m_values.insert(key, value);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_values.remove(key);
    answer(context, std::move(done), {});
}

} // namespace acrnet
