#pragma once

#include "account.h"

#include <QList>

class QSettings;

namespace acrnet {

// The list of accounts, kept in QSettings. Holds no secret: refresh tokens and client secrets are only in the
// keychain, under the keys each Account names.
class AccountStore
{
public:
    explicit AccountStore(QSettings *settings);

    QList<Account> accounts() const;
    // Adds or replaces (by id); marking one default clears the others.
    void save(const Account &account);
    void remove(const QString &id);
    Account defaultAccount() const;
    static QString newId();

private:
    void write(const QList<Account> &accounts);
    QSettings *m_settings;
};

} // namespace acrnet
