#pragma once

#include "app/azure/cloud.h"

#include <QAbstractListModel>

namespace acrnet {

// The clouds a user can sign in to, for cloud pickers: display name, and the Cloud's name under NameRole.
class CloudListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, ServiceEndpointsRole };

    explicit CloudListModel(QObject *parent = nullptr);

    void setClouds(const QList<Cloud> &clouds);
    Cloud cloudAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Cloud> m_clouds;
};

} // namespace acrnet
