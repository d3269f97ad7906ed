// Linked into every test executable: QStandardPaths in test mode before main() runs, so no test can read or write
// the user's real settings, data or cache folders (they resolve under ~/.qttest instead).
#include <QStandardPaths>
#include <QtGlobal>

namespace {
void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
