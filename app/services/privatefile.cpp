#include "privatefile.h"

#include <QRandomGenerator>
#include <filesystem>
#include <system_error>

namespace acrnet::PrivateFile {

bool write(const QString &path, const QByteArray &data, QString *error)
{
    const QString temporary =
        path + QStringLiteral(".part-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly())) {
        *error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        file.close();
        file.remove();
        return false;
    }
    file.close();
    // std::filesystem::rename replaces an existing target in one step (QFile::rename refuses to).
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), ec);
    if (ec) {
        *error = QString::fromLocal8Bit(ec.message().c_str());
        QFile::remove(temporary);
        return false;
    }
    return true;
}

bool openForAppend(QFile &file, QString *error)
{
    if (file.exists() && (file.permissions() & ~(ownerOnly() | QFileDevice::ReadUser | QFileDevice::WriteUser)) &&
        !file.setPermissions(ownerOnly())) {
        *error = file.errorString();
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, ownerOnly())) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace acrnet::PrivateFile
