#include "resourcefilterproxymodel.h"
#include "inventoryroles.h"
#include "inventorytablemodel.h"
#include "inventorytreemodel.h"
#include "textsearch.h"

#include <QtConcurrent>

#include <algorithm>
#include <string_view>

namespace acrnet {

namespace {

// Below this many rows a pass is not split: waking the helper would cost more than it saves.
constexpr int kSplitFrom = 4096;

// The texts of 100,000 rows lie all over the heap: asking for the next ones while this one is searched hides
// most of the time spent waiting for memory. Hints only; they never fault.
inline void prefetch(const void *at)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(at);
#else
    Q_UNUSED(at)
#endif
}

inline void prefetchBytes(const QByteArray &text)
{
    const char *p = text.constData();
    prefetch(p);
    prefetch(p + 64);
    prefetch(p + 128);
}

} // namespace

ResourceFilterProxyModel::ResourceFilterProxyModel(QObject *parent)
    : NaturalSortProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_helper.setMaxThreadCount(1);
    m_helper.setObjectName(QStringLiteral("filterHelper"));
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
    m_needKinds = 0;
    m_kindsAnswer = !m_words.isEmpty();
    for (const QString &w : std::as_const(m_words)) {
        m_utf8Words << w.toUtf8();
        const QByteArray &bytes = m_utf8Words.constLast();
        m_needKinds |= byteKinds(std::string_view(bytes.constData(), size_t(bytes.size())));
        m_kindsAnswer = m_kindsAnswer && bytes.size() == 1 && byteKindIsOwn(static_cast<unsigned char>(bytes.at(0)));
    }
    selectMemo();
    m_searched = 0;
    // Typing on often leaves every row as it was ("s", "sn", "sne"… over subnets all named snet-…): then the views
    // are told nothing, and a relayout of 100,000 rows is saved.
    if (m_settled && !m_shown.isEmpty() && wouldShow() == m_shown)
        return;
    // One layout change instead of a removal per parent: a tree view relays out once, not thousands of times.
    refilterAll();
}

QBitArray ResourceFilterProxyModel::wouldShow() const
{
    if (!m_scope.isEmpty())
        return {};
    if (m_table) {
        const int n = m_table->storedCount();
        if (m_words.isEmpty())
            return QBitArray(n, true);
        QBitArray shown = ensureTableDecided().accepted;
        shown.resize(n);
        return shown;
    }
    if (m_tree && !m_sorter) {
        if (m_words.isEmpty())
            return QBitArray(m_tree->filterNodeCount(), true);
        ensureTreeMatches();
        return m_treeMatches;
    }
    return {};
}

void ResourceFilterProxyModel::setScope(const QString &key)
{
    if (key == m_scope)
        return;
    m_scope = key;
    refilterAll();
}

void ResourceFilterProxyModel::setKeepChildrenOfMatches(bool keep)
{
    if (keep == m_keepChildren)
        return;
    m_keepChildren = keep;
    m_treeStale = true;
    m_shown.clear();
    refilterRows();
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
        const Memo &current = ensureTableDecided();
        const int at = m_table->storageOf(row);
        return at < current.accepted.size() && current.accepted.testBit(at);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_scope.isEmpty() && !index.data(ScopesRole).toStringList().contains(m_scope))
        return false;
    if (m_words.isEmpty())
        return true;
    if (m_tree) {
        ensureTreeMatches();
        return m_treeMatches.testBit(m_tree->filterOrdinal(index));
    }
    ++m_searched;
    return wordsMatch(index.data(SearchTextRole).toString());
}

bool ResourceFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    // A tree view asks this of every row it lays out, to draw its expander. The base class answers by filtering
    // the row's children (building a mapping for each of a thousand subscriptions, per keystroke); over our tree
    // the filter's one pass already knows, and with no filter the tree itself does. Only once this proxy has
    // filtered every row anew since the tree last changed: until then, the base class's rows are what views see.
    if (m_tree && !m_sorter && m_scope.isEmpty() && parent.isValid() && m_settled) {
        const QModelIndex source = mapToSource(parent);
        if (!source.isValid() || !m_tree->hasChildren(source)) // a leaf, or a column other than the first
            return false;
        if (m_words.isEmpty())
            return true;
        ensureTreeMatches();
        const int ordinal = m_tree->filterOrdinal(source);
        return ordinal < m_treeParents.size() && m_treeParents.testBit(ordinal);
    }
    return NaturalSortProxyModel::hasChildren(parent);
}

void ResourceFilterProxyModel::refilterRows()
{
    // Row by row: the base class's rows are only all decided anew once it is over.
    m_settled = false;
    invalidateRowsFilter();
    m_settled = true;
}

void ResourceFilterProxyModel::refilterAll()
{
    m_settled = false; // views ask before the old rows are dropped (layoutAboutToBeChanged)
    invalidate();      // drops every row: whatever a view asks next is decided anew
    m_settled = true;
    m_shown = wouldShow();
}

const ResourceFilterProxyModel::Memo &ResourceFilterProxyModel::ensureTableDecided() const
{
    Memo &current = m_memos[0];
    if (!current.complete) {
        // The whole table in one pass over its rows as stored (memos are by storage index): in model order, a
        // sorted table's rows would be read all over memory.
        decideAll(m_table->storedCount(), [this](int i) -> const SearchText & { return m_table->storedSearchText(i); });
        current.complete = true;
    }
    return current;
}

void ResourceFilterProxyModel::ensureTreeMatches() const
{
    if (!m_treeStale)
        return;
    m_treeStale = false;
    decideAll(m_tree->filterNodeCount(), [this](int i) -> const SearchText & { return m_tree->filterText(i); });
    m_treeMatches = m_tree->shownNodes(m_memos[0].accepted, m_keepChildren, &m_treeParents);
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

template<typename TextOf> void ResourceFilterProxyModel::decideAll(int count, const TextOf &textOf) const
{
    Memo &current = m_memos[0];
    // Sized apart: a memo seeded from earlier ones may hold more known bits than accepted ones.
    if (current.known.size() < count)
        current.known.resize(count);
    if (current.accepted.size() < count)
        current.accepted.resize(count);
    if (count < kSplitFrom) {
        m_searched += decideRange(0, count, textOf);
        return;
    }
    // Two halves split on a 64-row boundary, so the two threads never write the same byte of the memo's bits.
    current.known.detach();
    current.accepted.detach();
    const int half = (count / 2) & ~63;
    QFuture<int> second =
        QtConcurrent::run(&m_helper, [this, half, count, &textOf] { return decideRange(half, count, textOf); });
    m_searched += decideRange(0, half, textOf);
    m_searched += second.result();
}

template<typename TextOf> int ResourceFilterProxyModel::decideRange(int from, int to, const TextOf &textOf) const
{
    constexpr int kAhead = 8;
    Memo &current = m_memos[0];
    int searched = 0;
    for (int i = from; i < to; ++i) {
        // Two steps: the text's header (where it lives) well ahead, its bytes once that header is in.
        if (i + 2 * kAhead < to)
            prefetch(&textOf(i + 2 * kAhead));
        if (i + kAhead < to && !m_kindsAnswer && !current.known.testBit(i + kAhead) &&
            (textOf(i + kAhead).kinds & m_needKinds) == m_needKinds)
            prefetchBytes(textOf(i + kAhead).bytes);
        if (current.known.testBit(i))
            continue;
        current.known.setBit(i);
        // The kinds of byte first: a text without one the words need is not read at all, and one-letter words
        // are answered by them alone.
        const SearchText &text = textOf(i);
        if ((text.kinds & m_needKinds) != m_needKinds)
            continue;
        if (!m_kindsAnswer) {
            ++searched;
            if (!wordsMatch(text.bytes))
                continue;
        }
        current.accepted.setBit(i);
    }
    return searched;
}

bool ResourceFilterProxyModel::wordsMatch(const QByteArray &text) const
{
    const std::string_view haystack(text.constData(), size_t(text.size()));
    for (const QByteArray &w : m_utf8Words) {
        if (!containsBytes(haystack, std::string_view(w.constData(), size_t(w.size()))))
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
    m_treeStale = true;
    if (m_words.isEmpty())
        return;
    const auto same =
        std::find_if(m_memos.begin(), m_memos.end(), [this](const Memo &m) { return m.words == m_words; });
    if (same != m_memos.end()) {
        m_memos.move(same - m_memos.begin(), 0); // already knows what it knows
        return;
    }
    m_memos.prepend(Memo{m_words, {}, {}, false});
    while (m_memos.size() > kMemos)
        m_memos.removeLast();
    // A new text starts from what earlier texts decided, whole bit arrays at a time: what a wider text rejected
    // stays rejected, what a narrower one accepted stays accepted.
    Memo &current = m_memos[0];
    for (int i = 1; i < m_memos.size(); ++i) {
        const Memo &m = m_memos.at(i);
        if (narrows(m_words, m.words)) {
            current.known |= m.known & ~m.accepted;
        } else if (narrows(m.words, m_words)) {
            const QBitArray yes = m.known & m.accepted;
            current.known |= yes;
            current.accepted |= yes;
        }
    }
}

void ResourceFilterProxyModel::forgetMemos()
{
    m_memos.clear();
    m_treeStale = true;
    m_treeMatches.clear();
    m_treeParents.clear();
    m_shown.clear();
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
                    refilterRows();
                },
                Qt::QueuedConnection);
        }
    };
    // From the first sign of a change until this proxy has filtered everything again, the base class's rows
    // are the truth about which children show (see hasChildren).
    auto unsettle = [this] {
        m_settled = false;
    };
    m_watch << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, unsettle)
            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, unsettle)
            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, unsettle)
            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, unsettle)
            << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, unsettle)
            << connect(model, &QAbstractItemModel::dataChanged, this, unsettle);
    m_watch << connect(model, &QAbstractItemModel::dataChanged, this, forget)
            << connect(model, &QAbstractItemModel::rowsInserted, this, forget)
            << connect(model, &QAbstractItemModel::rowsRemoved, this, forget)
            << connect(model, &QAbstractItemModel::rowsMoved, this, forget)
            << connect(model, &QAbstractItemModel::layoutChanged, this, forget)
            << connect(model, &QAbstractItemModel::modelReset, this, forget);
}

} // namespace acrnet
