#include "RecordFilterProxy.h"

#include "RecordTableModel.h"

#include "api/WorkerPools.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <numeric>

namespace pmp::models {

namespace {
// Re-sorting while rows arrive is spaced out to this, or to eight times the last job, whichever is
// longer: the order catches up about once a second and a sort never takes more than an eighth of a
// core from the fetch.
constexpr qint64 MinResortIntervalMs = 500;
constexpr qint64 ResortSpacing = 8;
// Searches remembered so that deleting a character (widening the search) starts from a result.
constexpr int RecentSearches = 8;
} // namespace

bool RecordFilterProxy::Applied::sameSearch(const Wanted &w) const
{
    if (onlyRows != w.onlyRows)
        return false;
    if (w.needle.isEmpty())
        return !search;
    return search && search->needle == w.needle && search->columns == w.columns;
}

bool RecordFilterProxy::Applied::sameSort(const Wanted &w) const
{
    return sortColumn == w.sortColumn && (sortColumn < 0 || order == w.order);
}

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QAbstractProxyModel(parent)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &RecordFilterProxy::update);
    m_sinceLastJob.start();
}

RecordFilterProxy::~RecordFilterProxy()
{
    cancelRunning();
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_records)
        m_records->disconnect(this);
    cancelRunning();
    beginResetModel();
    m_records = qobject_cast<RecordTableModel *>(model);
    Q_ASSERT(m_records || !model);
    QAbstractProxyModel::setSourceModel(model);
    ++m_generation;
    m_applied = {};
    m_recentSearches.clear();
    m_keys.reset();
    m_inverseValid = false;
    if (m_records) {
        connect(m_records, &QAbstractItemModel::rowsInserted, this, &RecordFilterProxy::update);
        connect(m_records, &QAbstractItemModel::modelAboutToBeReset, this, &RecordFilterProxy::onSourceAboutToReset);
        connect(m_records, &QAbstractItemModel::modelReset, this, &RecordFilterProxy::onSourceReset);
        // The record model changes cells only all at once (what changed since the last fetch), so the
        // rows shown are told the same way, whatever their order.
        connect(m_records, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (rowCount() > 0)
                        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
                });
        // The record model only appends and resets; anything else is treated as a reset.
        for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted,
                            &QAbstractItemModel::columnsRemoved})
            connect(m_records, signal, this, [this] {
                onSourceAboutToReset();
                onSourceReset();
            });
    }
    m_wanted.columns = effectiveColumns();
    endResetModel();
    update();
}

QList<int> RecordFilterProxy::effectiveColumns() const
{
    if (!m_wanted.columns.isEmpty() || !m_records)
        return m_wanted.columns;
    QList<int> all;
    for (int c = 0; c < m_records->columnCount(); ++c)
        all << c;
    return all;
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    const QString needle = RowSearch::fold(text);
    if (needle == m_wanted.needle)
        return;
    m_wanted.needle = needle;
    update();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    const QList<int> before = m_wanted.columns;
    m_wanted.columns = columns;
    m_wanted.columns = effectiveColumns();
    if (m_wanted.columns != before && !m_wanted.needle.isEmpty())
        update();
}

void RecordFilterProxy::setOnlyRows(std::shared_ptr<const std::vector<quint64>> rows)
{
    if (rows == m_wanted.onlyRows)
        return;
    m_wanted.onlyRows = std::move(rows);
    update();
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    m_wanted.sortColumn = column < 0 ? -1 : column;
    m_wanted.order = order;
    update();
}

bool RecordFilterProxy::isSettled() const
{
    return !m_cancel && !m_throttle.isActive() && m_applied.sameSearch(m_wanted) && m_applied.sameSort(m_wanted) &&
           (!m_records || m_applied.covered == m_records->rowCount());
}

void RecordFilterProxy::cancelRunning()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
}

void RecordFilterProxy::update()
{
    if (!m_records)
        return;
    const int published = m_records->rowCount();
    const bool sameState = m_applied.sameSearch(m_wanted) && m_applied.sameSort(m_wanted);
    if (sameState && m_applied.covered == published)
        return;
    if (m_wanted.needle.isEmpty() && m_wanted.sortColumn < 0 && !m_wanted.onlyRows) {
        // Every row in source order: nothing to compute.
        cancelRunning();
        m_throttle.stop();
        Outcome identity;
        identity.done = true;
        identity.applied.covered = published;
        identity.keys = m_keys;
        apply(std::move(identity));
        return;
    }
    const Job job{m_wanted, m_applied, m_recentSearches, m_keys};
    if (published <= InlineRows) {
        cancelRunning();
        m_throttle.stop();
        apply(compute(m_records->snapshot(), job, {}));
        return;
    }
    if (m_cancel) {
        const bool sameAsRunning = m_running.needle == m_wanted.needle && m_running.columns == m_wanted.columns &&
                                   m_running.sortColumn == m_wanted.sortColumn && m_running.order == m_wanted.order &&
                                   m_running.onlyRows == m_wanted.onlyRows;
        if (sameAsRunning)
            return; // it finishes, then update() looks again for rows that arrived meanwhile
        cancelRunning();
    }
    if (sameState && m_wanted.sortColumn >= 0) {
        // Only rows arrived under a sort: re-sort a few times a second, not on every page.
        const qint64 wait = qMax(MinResortIntervalMs, ResortSpacing * m_lastJobMs) - m_sinceLastJob.elapsed();
        if (wait > 0) {
            if (!m_throttle.isActive())
                m_throttle.start(int(wait));
            return;
        }
    }
    m_throttle.stop();
    launch(job, m_records->snapshot());
}

void RecordFilterProxy::launch(const Job &job, const ColumnTable &table)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_running = job.wanted;
    const int generation = m_generation;
    QElapsedTimer started;
    started.start();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel, generation, started] {
        watcher->deleteLater();
        if (cancel->load() || generation != m_generation)
            return; // superseded: whoever cancelled it started what replaces it
        m_cancel.reset();
        m_lastJobMs = started.elapsed();
        m_sinceLastJob.restart();
        apply(watcher->result());
        update(); // rows that arrived while it ran
    });
    watcher->setFuture(QtConcurrent::run(pmp::api::WorkerPools::interactive(),
                                         [table, job, cancel] { return compute(table, job, cancel); }));
}

RecordFilterProxy::Outcome RecordFilterProxy::compute(const ColumnTable &table, const Job &job,
                                                      const CancelFlag &cancel)
{
    Outcome out;
    out.keys = job.keys;
    const Wanted &w = job.wanted;
    const int rows = table.rowCount();
    Applied a;
    a.covered = rows;

    if (!w.needle.isEmpty()) {
        // Start from the most specific earlier result this search refines, if any.
        std::shared_ptr<const RowSearch::State> base;
        auto consider = [&](const std::shared_ptr<const RowSearch::State> &s) {
            if (s && s->rows <= rows && RowSearch::canRefine(*s, w.needle, w.columns) &&
                (!base || s->needle.size() > base->needle.size() ||
                 (s->needle.size() == base->needle.size() && s->rows > base->rows)))
                base = s;
        };
        consider(job.previous.search);
        for (const auto &s : job.recentSearches)
            consider(s);
        if (base && base->needle == w.needle && base->rows == rows) {
            a.search = base;
        } else {
            a.search = RowSearch::run(table, w.needle, w.columns, base, cancel);
            if (!a.search)
                return out;
        }
    }

    if (w.sortColumn >= 0 && w.sortColumn < table.columnCount()) {
        a.sortColumn = w.sortColumn;
        a.order = w.order;
        const Applied &p = job.previous;
        if (p.sorted && p.sortColumn == w.sortColumn && p.order == w.order && int(p.sorted->size()) == rows) {
            a.sorted = p.sorted;
        } else {
            a.sorted = RowSort::run(table, w.sortColumn, w.order, &out.keys, cancel);
            if (!a.sorted)
                return out;
        }
    }

    a.onlyRows = w.onlyRows;
    const std::vector<quint64> *only = w.onlyRows.get();
    auto inOnly = [only](quint32 r) {
        return !only || (size_t(r >> 6) < only->size() && ((*only)[r >> 6] >> (r & 63)) & 1);
    };
    if (a.search || only) {
        auto shown = std::make_shared<std::vector<quint32>>();
        if (a.search)
            shown->reserve(size_t(a.search->matchCount));
        if (a.sorted) {
            for (const quint32 r : *a.sorted)
                if ((!a.search || a.search->matches(int(r))) && inOnly(r))
                    shown->push_back(r);
        } else {
            // Walk the bitmap of the narrower filter, test the other.
            const std::vector<quint64> &bits = a.search ? a.search->bits : *only;
            const size_t words = qMin(bits.size(), (size_t(rows) + 63) / 64);
            for (size_t w64 = 0; w64 < words; ++w64)
                for (quint64 word = bits[w64]; word; word &= word - 1) {
                    const quint32 r = quint32(w64 * 64 + size_t(std::countr_zero(word)));
                    if (r < quint32(rows) && (!a.search || inOnly(r)))
                        shown->push_back(r);
                }
        }
        a.visible = std::move(shown);
    } else if (a.sorted) {
        a.visible = a.sorted;
    }
    out.done = true;
    out.applied = std::move(a);
    return out;
}

void RecordFilterProxy::rememberSearch(const std::shared_ptr<const RowSearch::State> &state)
{
    for (qsizetype i = 0; i < m_recentSearches.size(); ++i) {
        const auto &s = m_recentSearches.at(i);
        if (s->needle == state->needle && s->columns == state->columns) {
            m_recentSearches.removeAt(i);
            break;
        }
    }
    m_recentSearches.prepend(state);
    while (m_recentSearches.size() > RecentSearches)
        m_recentSearches.removeLast();
}

void RecordFilterProxy::apply(Outcome outcome)
{
    if (!outcome.done)
        return;
    m_keys = outcome.keys;
    Applied next = std::move(outcome.applied);
    if (next.search)
        rememberSearch(next.search);
    const bool sameSearch = bool(m_applied.search) == bool(next.search) && m_applied.onlyRows == next.onlyRows &&
                            (!next.search || (m_applied.search->needle == next.search->needle &&
                                              m_applied.search->columns == next.search->columns));
    const bool sameSort =
        m_applied.sortColumn == next.sortColumn && (next.sortColumn < 0 || m_applied.order == next.order);
    if (sameSearch && sameSort && next.sortColumn < 0) {
        // The rows shown before, then the rows that arrived and match: one insert at the end.
        const int from = m_applied.count();
        const int to = next.count();
        if (to > from) {
            beginInsertRows({}, from, to - 1);
            m_applied = std::move(next);
            endInsertRows();
        } else {
            m_applied = std::move(next);
        }
    } else if (sameSearch) {
        relayout(std::move(next));
    } else {
        beginResetModel();
        m_applied = std::move(next);
        endResetModel();
    }
    m_inverseValid = false;
    if (isSettled())
        emit settled();
}

void RecordFilterProxy::relayout(Applied next)
{
    emit aboutToReorder();
    const int before = m_applied.count();
    const int after = next.count();
    if (after > before) {
        // Rows that arrived are announced first, at the end; the layout change then puts them in place.
        Applied arrived = m_applied;
        arrived.covered = next.covered;
        if (m_applied.visible) {
            auto rows = std::make_shared<std::vector<quint32>>(*m_applied.visible);
            rows->reserve(size_t(after));
            auto add = [&](quint32 r) {
                if (int(r) >= m_applied.covered)
                    rows->push_back(r);
            };
            if (next.visible)
                std::for_each(next.visible->begin(), next.visible->end(), add);
            else
                for (int r = m_applied.covered; r < next.covered; ++r)
                    rows->push_back(quint32(r));
            arrived.visible = std::move(rows);
        }
        beginInsertRows({}, before, after - 1);
        m_applied = std::move(arrived);
        endInsertRows();
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    if (!from.isEmpty()) {
        // Where each remembered row goes: one pass over the new order.
        QHash<int, int> position;
        std::vector<bool> wanted(size_t(next.covered), false);
        for (const QModelIndex &i : from) {
            const int source = sourceRow(i.row());
            if (source >= 0 && source < next.covered) {
                position.insert(source, -1);
                wanted[size_t(source)] = true;
            }
        }
        const int count = next.count();
        for (int row = 0; row < count; ++row) {
            const int source = next.visible ? int((*next.visible)[size_t(row)]) : row;
            if (wanted[size_t(source)])
                position[source] = row;
        }
        for (const QModelIndex &i : from) {
            const int row = position.value(sourceRow(i.row()), -1);
            to << (row < 0 ? QModelIndex() : createIndex(row, i.column()));
        }
    }
    m_applied = std::move(next);
    m_inverseValid = false;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordFilterProxy::onSourceAboutToReset()
{
    cancelRunning();
    m_throttle.stop();
    beginResetModel();
}

void RecordFilterProxy::onSourceReset()
{
    ++m_generation;
    m_applied = {};
    m_recentSearches.clear();
    m_keys.reset();
    m_inverseValid = false;
    endResetModel();
    update();
}

QModelIndex RecordFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RecordFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RecordFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_applied.count();
}

int RecordFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_records ? 0 : m_records->columnCount();
}

bool RecordFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant RecordFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_records ? m_records->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

std::shared_ptr<const std::vector<quint32>> RecordFilterProxy::rowsShownOrAll() const
{
    if (m_applied.visible)
        return m_applied.visible;
    auto all = std::make_shared<std::vector<quint32>>(size_t(m_applied.covered));
    std::iota(all->begin(), all->end(), 0u);
    return all;
}

int RecordFilterProxy::sourceRow(int row) const
{
    if (row < 0 || row >= m_applied.count())
        return -1;
    return m_applied.visible ? int((*m_applied.visible)[size_t(row)]) : row;
}

QModelIndex RecordFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_records || proxyIndex.model() != this)
        return {};
    const int source = sourceRow(proxyIndex.row());
    return source < 0 ? QModelIndex() : m_records->index(source, proxyIndex.column());
}

QModelIndex RecordFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_records)
        return {};
    const int source = sourceIndex.row();
    if (!m_applied.visible)
        return source < m_applied.covered ? createIndex(source, sourceIndex.column()) : QModelIndex();
    if (!m_inverseValid) {
        m_inverse.assign(size_t(m_applied.covered), -1);
        for (size_t row = 0; row < m_applied.visible->size(); ++row)
            m_inverse[(*m_applied.visible)[row]] = int(row);
        m_inverseValid = true;
    }
    const int row = source < int(m_inverse.size()) ? m_inverse[size_t(source)] : -1;
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QList<int> RecordFilterProxy::rowsOf(const QList<int> &sourceRows) const
{
    QList<int> rows(sourceRows.size(), -1);
    if (sourceRows.isEmpty())
        return rows;
    QHash<int, qsizetype> wanted;
    for (qsizetype i = 0; i < sourceRows.size(); ++i)
        wanted.insert(sourceRows.at(i), i);
    const int count = m_applied.count();
    for (int row = 0; row < count; ++row) {
        const auto it = wanted.constFind(sourceRow(row));
        if (it != wanted.constEnd())
            rows[it.value()] = row;
    }
    return rows;
}

} // namespace pmp::models
