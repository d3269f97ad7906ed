#pragma once

#include "naturalorder.h"

#include <QBitArray>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QThreadPool>
#include <cstdint>
#include <vector>

namespace acrnet {

class InventoryTableModel;
class InventoryTreeModel;

// Type-ahead filter over the inventory tree or a table: every word typed must occur in a row's SearchTextRole
// (name, ID, prefixes, region…). A scope key (the selected tree node) restricts a table to the rows under it.
// Sorting uses SortRole.
//
// Over an InventoryTreeModel the filter is recursive by itself: one pass over the whole tree per text decides
// every node (a match keeps its ancestors, and with setKeepChildrenOfMatches its descendants), so leave the base
// class's recursive-filtering and auto-accept flags off. Over any model, what earlier texts decided is reused:
// typing on only narrows the filter, so a row an earlier text rejected stays rejected and a row a narrower text
// accepted stays accepted; going back (Backspace) to a text typed before is answered from memory. A pass over a
// large model runs on two threads at once (this one and a helper): the texts are only read while it runs.
class ResourceFilterProxyModel : public NaturalSortProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setScope(const QString &key);
    QString scope() const { return m_scope; }
    // Tree only: a node that matches shows everything below it (a matching VNet lists its subnets).
    void setKeepChildrenOfMatches(bool keep);

    // Large tables: sort in a layer below the filter, so a keystroke only re-filters (linear) and never re-sorts
    // 20,000 rows. sort() is forwarded to that layer; mapToSource() then yields the sorter's indexes.
    void setSortBelowFilter(bool below);
    // Our own tables, when this proxy is their one view: sort() is forwarded to the InventoryTableModel, which
    // keeps its rows in order (see there); this layer only filters. A model shared by several views keeps its
    // order, so those use setSortBelowFilter.
    void setSortInModel(bool inModel) { m_sortInModel = inModel; }
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How many texts the last filtering actually read; the rest were answered from earlier texts or by the kinds
    // of byte they hold (textsearch.h).
    int searchedRows() const { return m_searched; }

    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Memo
    {
        QStringList words;
        // By a table's storage index or the tree's filter ordinal.
        QBitArray known;
        QBitArray accepted;
        bool complete = false; // every row of a table decided
    };
    int modelRow(int sourceRow) const;
    void ensureTreeMatches() const;
    const Memo &ensureTableDecided() const;
    // The rows the current text and scope show, by table storage index or tree ordinal; empty when a scope is
    // set or the model is not one of ours.
    QBitArray wouldShow() const;
    void refilterRows(); // invalidateRowsFilter(), the base class's row-by-row re-filtering
    void refilterAll();  // invalidate()
    static bool narrows(const QStringList &words, const QStringList &than);
    // Decides every row (table) or node (tree) the current memo does not know yet, texts read by position.
    template<typename TextOf> void decideAll(int count, const TextOf &textOf) const;
    template<typename TextOf> int decideRange(int from, int to, const TextOf &textOf) const;
    bool wordsMatch(const QString &text) const;
    bool wordsMatch(const QByteArray &text) const; // lower-case UTF-8, as our models keep it
    void selectMemo();
    void forgetMemos();
    void watchModel(QAbstractItemModel *model);

    QString m_text;
    QStringList m_words;
    QList<QByteArray> m_utf8Words;
    std::uint64_t m_needKinds = 0; // the kinds of byte the words hold (textsearch.h)
    bool m_kindsAnswer = false;    // every word one byte of a kind of its own: the kinds answer alone
    QString m_scope;
    bool m_keepChildren = false;
    bool m_sortInModel = false;
    QSortFilterProxyModel *m_sorter = nullptr;
    const InventoryTableModel *m_table = nullptr; // fast paths, when the model is one of ours
    const InventoryTreeModel *m_tree = nullptr;

    mutable QList<Memo> m_memos;     // most recent first; m_memos[0] is the current text's
    mutable QBitArray m_treeMatches; // by the tree's filter ordinal
    mutable QBitArray m_treeParents; // nodes with a child shown
    mutable bool m_treeStale = true;
    bool m_refilterPending = false;
    bool m_settled = false; // every row filtered anew since the model last changed
    QBitArray m_shown;      // wouldShow() when last filtered anew; cleared by any change to the model
    mutable int m_searched = 0;
    QList<QMetaObject::Connection> m_watch;
    QList<QMetaObject::Connection> m_sorterWatch;
    mutable std::vector<int> m_sorterOrder; // sorter row → model row
    mutable bool m_sorterOrderStale = true;
    mutable QThreadPool m_helper; // one thread: a large pass is split in two halves, one searched here
};

} // namespace acrnet
