#pragma once

#include "app/auth/networksetup.h"

#include <QDialog>
#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace acrnet {

// Proxy (system, none, manual) and an extra CA bundle for TLS-inspecting proxies. OK applies and saves;
// what cannot be applied is explained in place and nothing changes.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetworkSettingsDialog(QWidget *parent = nullptr);

    void setOptions(const NetworkOptions &options);
    NetworkOptions options() const;
    // Seam for tests: picks a file (default: a non-modal QFileDialog).
    void setFilePicker(std::function<void(std::function<void(const QString &)>)> picker) { m_pick = std::move(picker); }
    QString problem() const;

    void accept() override;

private:
    QButtonGroup *m_proxy;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_bundle;
    QLabel *m_problem;
    std::function<void(std::function<void(const QString &)>)> m_pick;
};

} // namespace acrnet
