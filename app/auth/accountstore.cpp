#include "accountstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace acrnet {

AccountStore::AccountStore(QSettings *settings)
    : m_settings(settings)
{}

QString AccountStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    const QJsonArray list =
        QJsonDocument::fromJson(m_settings->value(QStringLiteral("accounts/list")).toByteArray()).array();
    for (const QJsonValue &v : list) {
        const Account a = Account::fromJson(v.toObject());
        if (!a.id.isEmpty())
            out.append(a);
    }
    return out;
}

void AccountStore::write(const QList<Account> &accounts)
{
    QJsonArray list;
    for (const Account &a : accounts)
        list.append(a.toJson());
    m_settings->setValue(QStringLiteral("accounts/list"), QJsonDocument(list).toJson(QJsonDocument::Compact));
    m_settings->sync();
}

void AccountStore::save(const Account &account)
{
    QList<Account> list = accounts();
    bool replaced = false;
    for (Account &a : list) {
        if (account.isDefault)
            a.isDefault = false;
        if (a.id == account.id) {
            a = account;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(account);
    write(list);
}

void AccountStore::remove(const QString &id)
{
    QList<Account> list = accounts();
    list.erase(std::remove_if(list.begin(), list.end(), [&id](const Account &a) { return a.id == id; }), list.end());
    write(list);
}

Account AccountStore::defaultAccount() const
{
    const QList<Account> list = accounts();
    for (const Account &a : list) {
        if (a.isDefault)
            return a;
    }
    return list.value(0);
}

} // namespace acrnet
