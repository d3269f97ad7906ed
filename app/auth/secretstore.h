#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace acrnet {

// Where secrets live: refresh tokens and client secrets, never anywhere else. Asynchronous; callbacks run
// later on the context's thread, never from inside the call.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QString value;
        QString error;
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

// In memory only: unit tests, and the "this run only" mode when the keychain is unavailable and the user agrees.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void setAvailable(bool available) { m_available = available; }
    QStringList keys() const { return m_values.keys(); }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    void answer(QObject *context, Callback done, Result result);
    QHash<QString, QString> m_values;
    bool m_available = true;
};

} // namespace acrnet
