#pragma once

#include "api/ListQuery.h"
#include "models/TableExporter.h"
#include "store/SavedView.h"

#include "views/ConsolePage.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace pmp::api {
struct FetchOutcome;
}
namespace pmp::models {
class ListLoader;
class RecordFilterProxy;
class ServerChoices;
} // namespace pmp::models

namespace pmp::ui {

class ChangesBar;
class ElidedLabel;
class FilterBar;
class MessageBanner;

// A list of records for one view: server-side filters, instant search, a typed-sorting table with a
// column chooser and saved layout, "N of M" count, how fresh the data is, copy (TSV) and CSV
// export of exactly what is shown, and an optional detail pane for the current row. Loading never
// blocks the window; errors show in a banner with Retry.
class RecordListView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    RecordListView(pmp::models::ListLoader *loader, pmp::models::ServerChoices *choices, QWidget *parent = nullptr);
    ~RecordListView() override;

    pmp::models::ListLoader *loader() const { return m_loader; }
    QTableView *table() const { return m_table; }
    pmp::models::RecordFilterProxy *proxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filters; }
    ChangesBar *changesBar() const { return m_changes; }
    // A list inside another page (a detail pane, a query report): no "Save view…" (what it lists is
    // defined by the row or report chosen, which no saved view can hold; the button led nowhere), no
    // server filters, and a narrower search field, so a detail pane fits a 1024-pixel screen.
    void setEmbedded();
    QString countText() const;
    void focusSearch();

    // Apply server-side filters (from a dashboard click, say) and reload.
    void applyFilters(const pmp::api::ListQuery &query);
    // The list as arranged now (filters, search, sort, columns), for a saved view (no name yet).
    pmp::store::SavedView savedState() const;
    // Arranges the list as `saved` says and reloads. Filter values the server no longer offers are
    // kept (the list may then be empty) and named in a banner, never dropped.
    void applySavedView(const pmp::store::SavedView &saved);
    // The filters of `saved` whose values the server (or the catalogue) does not offer, as sentences;
    // empty while the server's choices are not loaded yet.
    QStringList staleFilters(const pmp::store::SavedView &saved) const;
    // The detail pane shown under the table for the current row (takes ownership).
    void setDetailPane(QWidget *pane);
    // Source-model row of the current (focused) row, -1 if none.
    int currentSourceRow() const;
    QList<int> selectedSourceRows() const;
    // Visible columns in the order the user arranged them (model column numbers).
    QList<int> visibleColumnsInOrder() const;

    void copySelection() const;
    bool exportTo(const QString &fileName, QString *error) const;

    // ConsolePage: the rows come from the cache first (if any), then from the server.
    void reload() override;
    void showing() override;
    bool isLoading() const override;
    bool exportInteractively() override;

signals:
    void currentRowChanged(int sourceRow);
    // An export started from this view ended: the sentence its banner shows, and whether it worked.
    void exportFinished(const QString &message, bool succeeded);
    // "Save view…" was asked for on this list.
    void saveViewRequested();

private:
    void updateCount();
    void onFinished(const pmp::api::FetchOutcome &outcome);
    void applyDefaultColumns();
    void showColumnMenu(const QPoint &pos);
    void saveHeaderState() const;
    void restoreHeaderState();
    QStringList exportKeys() const;
    static pmp::models::TableExporter::Format formatFor(const QString &fileName);
    int selectedRowCount() const;
    void rememberSelection();
    void restoreSelection();
    QString settingsKey() const;
    QString splitterKey() const;

    // Selections larger than this are not carried across a new search or order (Qt remaps them row
    // by row).
    static constexpr int LargeSelection = 10000;

    pmp::models::ListLoader *m_loader;
    pmp::models::RecordFilterProxy *m_proxy;
    MessageBanner *m_banner;
    FilterBar *m_filters = nullptr;
    QLineEdit *m_search;
    QTableView *m_table;
    QSplitter *m_splitter;
    QWidget *m_detail = nullptr;
    ElidedLabel *m_count;
    QLabel *m_asOf;
    QToolButton *m_export;
    QToolButton *m_saveView;
    ChangesBar *m_changes;
    pmp::models::ServerChoices *m_choices;
    std::optional<pmp::store::SavedView> m_appliedSaved; // shown until the filters are changed
    void showStaleNotice();
    QList<int> m_keptSelection; // source rows, across a new search
    int m_keptCurrent = -1;
    bool m_selectionKept = false;
};

} // namespace pmp::ui
