#include "resourcefilterproxymodel.h"
#include "inventoryroles.h"
#include "inventorytablemodel.h"
#include "inventorytreemodel.h"

#include <algorithm>
#include <string_view>

namespace acrnet {

ResourceFilterProxyModel::ResourceFilterProxyModel(QObject *parent)
    : NaturalSortProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResourceFilterProxyModel::setSortBelowFilter(bool below)
{
    if (below == (m_sorter != nullptr))
        return;
    QAbstractItemModel *model = m_sorter ? m_sorter->sourceModel() : sourceModel();
    delete m_sorter;
    m_sorter = nullptr;
    if (below) {
        m_sorter = new NaturalSortProxyModel(this);
        m_sorter->setObjectName(objectName() + QStringLiteral("Sorter"));
        m_sorter->setSortRole(SortRole);
        m_sorter->setSortCaseSensitivity(Qt::CaseInsensitive);
    }
    setSourceModel(model);
}

void ResourceFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<const InventoryTableModel *>(model);
    m_tree = qobject_cast<const InventoryTreeModel *>(model);
    forgetMemos();
    watchModel(model);
    m_sorterOrderStale = true;
    if (m_sorter) {
        // Before the base class connects to the sorter, so the order is marked stale before it re-filters.
        auto stale = [this] {
            m_sorterOrderStale = true;
        };
        for (const QMetaObject::Connection &c : std::as_const(m_sorterWatch))
            disconnect(c);
        m_sorterWatch = {connect(m_sorter, &QAbstractItemModel::layoutChanged, this, stale),
                         connect(m_sorter, &QAbstractItemModel::rowsInserted, this, stale),
                         connect(m_sorter, &QAbstractItemModel::rowsRemoved, this, stale),
                         connect(m_sorter, &QAbstractItemModel::rowsMoved, this, stale),
                         connect(m_sorter, &QAbstractItemModel::modelReset, this, stale)};
        m_sorter->setSourceModel(model);
        QSortFilterProxyModel::setSourceModel(m_sorter);
    } else {
        QSortFilterProxyModel::setSourceModel(model);
    }
}

void ResourceFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_sortInModel && m_table && !m_sorter) {
        sourceModel()->sort(column, order); // the rows come back in order with a layout change; nothing to do here
        return;
    }
    if (m_sorter)
        m_sorter->sort(column, order); // this layer keeps the sorter's order: it only filters
    else
        QSortFilterProxyModel::sort(column, order);
}

void ResourceFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_utf8Words.clear();
    for (const QString &w : std::as_const(m_words))
        m_utf8Words << w.toUtf8();
    selectMemo();
    m_searched = 0;
    // One layout change instead of a removal per parent: a tree view relays out once, not thousands of times.
    invalidate();
}

void ResourceFilterProxyModel::setScope(const QString &key)
{
    if (key == m_scope)
        return;
    m_scope = key;
    invalidate();
}

void ResourceFilterProxyModel::setKeepChildrenOfMatches(bool keep)
{
    if (keep == m_keepChildren)
        return;
    m_keepChildren = keep;
    m_treeStale = true;
    invalidateRowsFilter();
}

bool ResourceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() && m_scope.isEmpty())
        return true;
    if (m_table) {
        // Our own tables: by model row, without building an index per row.
        const int row = modelRow(sourceRow);
        if (!m_scope.isEmpty() && !m_table->scopesOf(row).contains(m_scope))
            return false;
        if (m_words.isEmpty())
            return true;
        Memo &current = m_memos[0];
        if (!current.complete) {
            // The whole table in one pass over its rows, in model order.
            const int rows = m_table->rowCount();
            for (int r = 0; r < rows; ++r)
                matches(r, m_table->searchText(r));
            current.complete = true;
        }
        return row < current.accepted.size() && current.accepted.testBit(row);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_scope.isEmpty() && !index.data(ScopesRole).toStringList().contains(m_scope))
        return false;
    if (m_words.isEmpty())
        return true;
    if (m_tree) {
        if (m_treeStale) {
            m_treeStale = false;
            m_treeMatches = m_tree->matchingNodes(
                [this](int ordinal, const QByteArray &text) { return matches(ordinal, text); }, m_keepChildren);
        }
        return m_treeMatches.testBit(m_tree->filterOrdinal(index));
    }
    ++m_searched;
    return wordsMatch(index.data(SearchTextRole).toString());
}

int ResourceFilterProxyModel::modelRow(int sourceRow) const
{
    if (!m_sorter)
        return sourceRow;
    if (m_sorterOrderStale) {
        // The sorter's order, read once per change of it rather than once per row per keystroke.
        m_sorterOrderStale = false;
        const int rows = m_sorter->rowCount();
        m_sorterOrder.resize(size_t(rows));
        for (int r = 0; r < rows; ++r)
            m_sorterOrder[size_t(r)] = m_sorter->mapToSource(m_sorter->index(r, 0)).row();
    }
    return m_sorterOrder[size_t(sourceRow)];
}

bool ResourceFilterProxyModel::matches(int ordinal, const QByteArray &text) const
{
    Memo &current = m_memos[0];
    if (current.known.size() <= ordinal) {
        const qsizetype size = qMax<qsizetype>(ordinal + 1, 2 * current.known.size());
        current.known.resize(size);
        current.accepted.resize(size);
    }
    if (current.known.testBit(ordinal))
        return current.accepted.testBit(ordinal);
    int decided = -1;
    for (int i : m_wider) {
        const Memo &m = m_memos.at(i);
        if (ordinal < m.known.size() && m.known.testBit(ordinal) && !m.accepted.testBit(ordinal)) {
            decided = 0;
            break;
        }
    }
    for (int i = 0; decided < 0 && i < m_narrower.size(); ++i) {
        const Memo &m = m_memos.at(m_narrower.at(i));
        if (ordinal < m.known.size() && m.known.testBit(ordinal) && m.accepted.testBit(ordinal))
            decided = 1;
    }
    if (decided < 0) {
        ++m_searched;
        decided = wordsMatch(text) ? 1 : 0;
    }
    current.known.setBit(ordinal);
    current.accepted.setBit(ordinal, decided == 1);
    return decided == 1;
}

bool ResourceFilterProxyModel::wordsMatch(const QByteArray &text) const
{
    const std::string_view haystack(text.constData(), size_t(text.size()));
    for (const QByteArray &w : m_utf8Words) {
        if (haystack.find(std::string_view(w.constData(), size_t(w.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

bool ResourceFilterProxyModel::wordsMatch(const QString &text) const
{
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool ResourceFilterProxyModel::narrows(const QStringList &words, const QStringList &than)
{
    // Every word of `than` occurs inside some word of `words`: a text holding all of `words` holds all of `than`.
    for (const QString &t : than) {
        const bool covered =
            std::any_of(words.cbegin(), words.cend(), [&t](const QString &w) { return w.contains(t); });
        if (!covered)
            return false;
    }
    return true;
}

void ResourceFilterProxyModel::selectMemo()
{
    constexpr int kMemos = 24;
    m_narrower.clear();
    m_wider.clear();
    m_treeStale = true;
    if (m_words.isEmpty())
        return;
    const auto same =
        std::find_if(m_memos.begin(), m_memos.end(), [this](const Memo &m) { return m.words == m_words; });
    if (same != m_memos.end())
        m_memos.move(same - m_memos.begin(), 0);
    else
        m_memos.prepend(Memo{m_words, {}, {}, false});
    while (m_memos.size() > kMemos)
        m_memos.removeLast();
    for (int i = 1; i < m_memos.size(); ++i) {
        if (narrows(m_words, m_memos.at(i).words))
            m_wider.append(i);
        else if (narrows(m_memos.at(i).words, m_words))
            m_narrower.append(i);
    }
}

void ResourceFilterProxyModel::forgetMemos()
{
    m_memos.clear();
    m_narrower.clear();
    m_wider.clear();
    m_treeStale = true;
    m_treeMatches.clear();
    if (!m_words.isEmpty())
        m_memos.append(Memo{m_words, {}, {}, false});
}

void ResourceFilterProxyModel::watchModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_watch))
        disconnect(c);
    m_watch.clear();
    if (!model)
        return;
    // Memos are keyed by row (tables) or walk order (tree): any change to the model makes them stale. Connected
    // before the base class's own handling (this runs first), so the re-filtering it triggers sees fresh memos.
    auto forget = [this] {
        forgetMemos();
        // The base class re-filters only the rows that changed; in the tree, a change can also decide whether
        // its ancestors stay (a new matching subnet under a VNet that was filtered out). Re-filter once, later.
        if (m_tree && !m_words.isEmpty() && !m_refilterPending) {
            m_refilterPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_refilterPending = false;
                    invalidateRowsFilter();
                },
                Qt::QueuedConnection);
        }
    };
    m_watch << connect(model, &QAbstractItemModel::dataChanged, this, forget)
            << connect(model, &QAbstractItemModel::rowsInserted, this, forget)
            << connect(model, &QAbstractItemModel::rowsRemoved, this, forget)
            << connect(model, &QAbstractItemModel::rowsMoved, this, forget)
            << connect(model, &QAbstractItemModel::layoutChanged, this, forget)
            << connect(model, &QAbstractItemModel::modelReset, this, forget);
}

} // namespace acrnet
