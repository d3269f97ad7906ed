#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace acrnet {

// Files that may hold what others on the machine should not read (the activity log, exported reports): created
// readable and writable by their owner only (0600) — created so, not narrowed afterwards.
namespace PrivateFile {

// Writes `data` to `path` in one step: a new owner-only file beside it, then renamed over it (the old content stays
// whole until then). A file that existed keeps no wider permissions than owner-only.
bool write(const QString &path, const QByteArray &data, QString *error);
// Opens `file` for appending; a new file is created owner-only, an existing one is narrowed to owner-only.
bool openForAppend(QFile &file, QString *error);
constexpr QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

} // namespace PrivateFile

} // namespace acrnet
