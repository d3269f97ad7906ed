#pragma once

#include "app/auth/devicecodeflow.h"

#include <QDialog>
#include <QTimer>
#include <functional>

class QLabel;
class QPushButton;

namespace acrnet {

// Shows a device-code sign-in: the code in large type, Copy, Open browser, the time left, and Cancel.
// Modeless: the flow runs in the background and the dialog closes itself when it succeeds.
class DeviceCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceCodeDialog(DeviceCodeFlow *flow, QWidget *parent = nullptr);

    // Seam for tests: how a URL is opened (default: QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

private:
    void showCode(const DeviceCodeFlow::Code &code);
    void tick();

    QPointer<DeviceCodeFlow> m_flow;
    QLabel *m_code;
    QLabel *m_instructions;
    QLabel *m_remaining;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QUrl m_url;
    QTimer m_timer;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace acrnet
