#include "acceptfindingdialog.h"
#include "app/azure/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace acrnet {

AcceptFindingDialog::AcceptFindingDialog(const Finding &f, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("acceptFindingDialog"));
    setWindowTitle(tr("Accept finding"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(tr("Accept %1 (%2) on %3. Every finding of this check on this registry is shown apart and "
                               "no longer fails --fail-on.")
                                .arg(f.checkId, f.title, f.registryName),
                            this);
    what->setWordWrap(true);
    form->addRow(what);
    auto *reason = new QLineEdit(this);
    reason->setObjectName(QStringLiteral("acceptReasonEdit"));
    reason->setPlaceholderText(tr("Why this is acceptable (required)"));
    form->addRow(tr("&Reason:"), reason);
    auto *expires = new QCheckBox(tr("Expires on"), this);
    expires->setObjectName(QStringLiteral("acceptExpiresCheck"));
    auto *date = new QDateEdit(Clock::now().date().addMonths(6), this);
    date->setObjectName(QStringLiteral("acceptExpiresDate"));
    date->setCalendarPopup(true);
    date->setMinimumDate(Clock::now().date());
    date->setEnabled(false);
    connect(expires, &QCheckBox::toggled, date, &QWidget::setEnabled);
    form->addRow(expires, date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, reason, expires, date] {
        emit chosen(reason->text(), expires->isChecked() ? date->date() : QDate());
        accept();
    });
    form->addRow(buttons);
}

} // namespace acrnet
