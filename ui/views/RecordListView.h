#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace pmp::api {
struct FetchOutcome;
}
namespace pmp::models {
class ListLoader;
class RecordFilterProxy;
} // namespace pmp::models

namespace pmp::ui {

class MessageBanner;

// A list of records for one view: instant search, a typed-sorting table, "N of M" count and how
// fresh the data is. Errors show in a banner with Retry; loading never blocks the window.
class RecordListView : public QWidget
{
    Q_OBJECT
public:
    RecordListView(pmp::models::ListLoader *loader, QWidget *parent = nullptr);

    pmp::models::ListLoader *loader() const { return m_loader; }
    QTableView *table() const { return m_table; }
    pmp::models::RecordFilterProxy *proxy() const { return m_proxy; }
    QString countText() const;
    void focusSearch();

private:
    void updateCount();
    void onFinished(const pmp::api::FetchOutcome &outcome);
    void applyDefaultColumns();

    pmp::models::ListLoader *m_loader;
    pmp::models::RecordFilterProxy *m_proxy;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_asOf;
    QTimer *m_searchDebounce;
};

} // namespace pmp::ui
