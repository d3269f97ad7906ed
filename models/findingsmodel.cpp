#include "findingsmodel.h"
#include "naturalorder.h"

#include "inventoryroles.h"
#include "stateicons.h"
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace acrnet {

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::count(Finding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding &f) { return !f.suppressed && f.severity == severity; }));
}

int FindingsModel::suppressedCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding &f) { return f.suppressed; }));
}

bool FindingsModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Finding &a = m_findings.at(leftRow);
    const Finding &b = m_findings.at(rightRow);
    switch (column) {
    case Severity:
        return int(a.severity) < int(b.severity);
    case Check:
        return naturalCompare(a.checkId, b.checkId) < 0;
    case Registry:
        return naturalCompare(a.registryName, b.registryName) < 0;
    case Subscription:
        return naturalCompare(a.subscriptionName, b.subscriptionName) < 0;
    case Title:
        return naturalCompare(a.title, b.title) < 0;
    }
    return false;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case SearchTextRole:
        return QStringList{f.checkId,          f.title,       f.registryName,
                           f.subscriptionName, f.explanation, Finding::severityName(f.severity)}
            .join(QLatin1Char(' '))
            .toLower();
    case ScopesRole:
        return QStringList{QStringLiteral("/subscriptions/") + f.subscriptionId.toLower(), f.registryId.toLower()};
    case ResourceIdRole:
        return f.registryId;
    case SortRole:
        switch (index.column()) {
        case Severity:
            return int(f.severity);
        case Check:
            return f.checkId;
        case Registry:
            return f.registryName;
        case Subscription:
            return f.subscriptionName;
        case Title:
            return f.title;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != Severity)
            return {};
        return StateIcons::icon(f.severity == Finding::Severity::High     ? StateIcons::State::Error
                                : f.severity == Finding::Severity::Medium ? StateIcons::State::Warning
                                                                          : StateIcons::State::Info);
    case Qt::ToolTipRole:
        return f.suppressed
                   ? tr("Accepted: %1 (%2)")
                             .arg(f.suppressionReason,
                                  f.suppressionExpires.isValid()
                                      ? tr("until %1")
                                            .arg(QLocale().toString(f.suppressionExpires, QLocale::ShortFormat))
                                      : tr("no expiry")) +
                         QLatin1Char('\n') + f.explanation
                   : f.explanation;
    case Qt::ForegroundRole:
        if (f.suppressed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SuppressedRole:
        return f.suppressed;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return Finding::severityText(f.severity);
        case Check:
            return f.checkId;
        case Registry:
            return f.registryName;
        case Subscription:
            return f.subscriptionName;
        case Title:
            return f.suppressed ? tr("%1 (accepted)").arg(f.title) : f.title;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Check:
        return tr("Check");
    case Registry:
        return tr("Registry");
    case Subscription:
        return tr("Subscription");
    case Title:
        return tr("Finding");
    }
    return {};
}

} // namespace acrnet
