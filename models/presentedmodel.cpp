#include "presentedmodel.h"

#include "app/azure/redactor.h"

#include <QStringList>

namespace acrnet {

bool RedactionTarget::isShownRole(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        return true;
    default:
        return false;
    }
}

QVariant RedactionTarget::redacted(const Redactor &redactor, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return redactor.redact(value.toString());
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &s : list)
            s = redactor.redact(s);
        return list;
    }
    default:
        return value;
    }
}

void RedactionTarget::announceAllChanged(QAbstractItemModel *model)
{
    // Every shown text may change at every level of a tree; rows, order and persistent indexes do not. A layout
    // change says so in two signals however large the model, and views repaint and re-measure what they show.
    emit model->layoutAboutToBeChanged();
    emit model->layoutChanged();
    if (const int columns = model->columnCount(); columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

} // namespace acrnet
