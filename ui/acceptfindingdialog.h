#pragma once

#include "app/audit/finding.h"

#include <QDialog>

namespace acrnet {

// Asks why a finding is acceptable (required) and until when (optional); `chosen` carries the answer.
class AcceptFindingDialog : public QDialog
{
    Q_OBJECT

public:
    AcceptFindingDialog(const Finding &finding, QWidget *parent = nullptr);

signals:
    void chosen(const QString &reason, const QDate &expires); // expires invalid: no expiry
};

} // namespace acrnet
