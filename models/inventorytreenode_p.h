#pragma once

#include "naturalorder.h"

// Private to InventoryTreeModel's implementation files (inventorytreemodel.cpp, inventorytreetext.cpp).

#include "inventorytreemodel.h"
#include "stateicons.h"

#include <QJsonObject>
#include <QVariant>
#include <vector>

namespace acrnet {

struct InventoryTreeModel::Node
{
    InventoryNodeType type = InventoryNodeType::Account;
    QString key;
    QString name;
    QString resourceId;
    SearchText search;
    QVariant value;
    RawJson json;
    QString error;
    QString badge;
    StateIcons::State state = StateIcons::State::None;
    Node *parent = nullptr;
    int row = 0;
    mutable int ordinal = -1; // position in the flat filter index
    std::vector<NodePtr> children;

    static bool lessThan(const Node &a, const Node &b)
    {
        if (a.type != b.type)
            return int(a.type) < int(b.type);
        const int c = naturalCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.key < b.key;
    }
};

} // namespace acrnet
