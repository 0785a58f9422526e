#pragma once

#include "ColumnTable.h"
#include "RowSearch.h"
#include "RowSort.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

namespace pmp::models {

class RecordTableModel;

// Instant search across the visible columns plus typed sorting, on top of a RecordTableModel. The
// rows shown are one vector of source row numbers (none at all while nothing is searched or sorted),
// computed by RowSearch and RowSort from a snapshot of the column store: at once for small tables,
// on worker threads for large ones, where each keystroke cancels the search it makes obsolete. A
// result reaches views as one reset (a new search), one layout change (a new order) or one insert at
// the end (rows that arrived), never as a storm of per-row signals.
class RecordFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
    ~RecordFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;
    RecordTableModel *records() const { return m_records; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_wanted.needle; }
    // Columns the search looks at (the visible ones); empty means all.
    void setSearchColumns(const QList<int> &columns);
    // Shows only the source rows whose bit is set (what changed since the last fetch); null: every row.
    void setOnlyRows(std::shared_ptr<const std::vector<quint64>> rows);
    bool showsOnlySomeRows() const { return bool(m_wanted.onlyRows); }
    int sortColumn() const { return m_wanted.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_wanted.order; }
    // Whether the rows shown still wait for a search or sort (or rows that arrived) to be applied.
    bool isSettled() const;
    // The source rows shown, in display order; null means every row in source order (then the
    // count is rowCount()).
    std::shared_ptr<const std::vector<quint32>> rowsShown() const { return m_applied.visible; }
    // The same, never null: for exporting what is shown while more rows may arrive.
    std::shared_ptr<const std::vector<quint32>> rowsShownOrAll() const;

    // Tables up to this many rows are searched and sorted on the calling thread.
    static constexpr int InlineRows = 10000;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The source row shown at `row`, and the rows shown of several source rows (-1: not shown; one
    // pass over the rows shown, for restoring a selection).
    int sourceRow(int row) const;
    QList<int> rowsOf(const QList<int> &sourceRows) const;

signals:
    // The rows shown match the search text and sort asked for, over every row the source announced.
    void settled();
    // Rows are about to be reordered: Qt remaps every selected row, so a view with a huge selection
    // should drop it first.
    void aboutToReorder();

private:
    struct Wanted
    {
        QString needle; // folded
        QList<int> columns;
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        std::shared_ptr<const std::vector<quint64>> onlyRows;
    };
    struct Applied
    {
        std::shared_ptr<const RowSearch::State> search;
        std::shared_ptr<const RowSort::Order> sorted;
        int sortColumn = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        std::shared_ptr<const std::vector<quint64>> onlyRows;
        std::shared_ptr<const std::vector<quint32>> visible; // null: rows [0, covered) in order
        int covered = 0;                                     // source rows accounted for
        int count() const { return visible ? int(visible->size()) : covered; }
        bool sameSearch(const Wanted &w) const;
        bool sameSort(const Wanted &w) const;
    };
    struct Job
    {
        Wanted wanted;
        Applied previous;
        QList<std::shared_ptr<const RowSearch::State>> recentSearches;
        std::shared_ptr<const RowSort::CollationKeys> keys;
    };
    struct Outcome
    {
        bool done = false; // false: cancelled
        Applied applied;
        std::shared_ptr<const RowSort::CollationKeys> keys;
    };

    static Outcome compute(const ColumnTable &table, const Job &job, const CancelFlag &cancel);
    QList<int> effectiveColumns() const;
    void update();
    void launch(const Job &job, const ColumnTable &table);
    void apply(Outcome outcome);
    void relayout(Applied next);
    void rememberSearch(const std::shared_ptr<const RowSearch::State> &state);
    void cancelRunning();
    void onSourceAboutToReset();
    void onSourceReset();

    RecordTableModel *m_records = nullptr;
    Wanted m_wanted;
    Applied m_applied;
    QList<std::shared_ptr<const RowSearch::State>> m_recentSearches;
    std::shared_ptr<const RowSort::CollationKeys> m_keys;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running job; null when none runs
    Wanted m_running;                            // what the running job computes
    int m_generation = 0;                        // bumped by a source reset: late results are dropped
    QTimer m_throttle;                           // spaces out re-sorts while rows arrive
    QElapsedTimer m_sinceLastJob;
    qint64 m_lastJobMs = 0;
    mutable std::vector<int> m_inverse; // source row -> row shown; built on demand
    mutable bool m_inverseValid = false;
};

} // namespace pmp::models
