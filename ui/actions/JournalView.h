#pragma once

#include "store/JournalFilter.h"

#include "views/ConsolePage.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pmp::store {
class ActionJournal;
}

namespace pmp::ui {

class JournalTableModel;

// The action journal page: every write this profile sent or refused, filtered by time range,
// operation, outcome and text, with the full entry (targets, payload as sent, answer) below the table
// and CSV/JSON export of what the filters select, through the store.
class JournalView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    enum class Range
    {
        Day,
        Week,
        Month,
        All,
        Custom
    };
    Q_ENUM(Range)

    explicit JournalView(pmp::store::ActionJournal *journal, QWidget *parent = nullptr);

    pmp::store::JournalFilter filter() const;
    JournalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void setRange(Range range);
    void setOperationFilter(const QString &operationCode); // "" for all
    void setOutcomeFilter(const QString &outcomeKey);      // "" for any
    void setSearchText(const QString &text);
    // Shows and selects an entry (clears filters that would hide it).
    void selectEntry(qint64 id);
    QString detailsText() const;

    enum class Format
    {
        Csv,
        Json
    };
    // Writes what the filters select (all of it, not just the loaded rows) atomically.
    bool exportTo(const QString &fileName, Format format, QString *error) const;

public slots:
    void reload() override;
    // File › Export view…: the entries shown, as CSV.
    bool exportInteractively() override
    {
        exportAs(Format::Csv);
        return true;
    }

private:
    void showDetails();
    void exportAs(Format format);

    pmp::store::ActionJournal *m_journal;
    JournalTableModel *m_model;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QTimer *m_searchDebounce;
};

} // namespace pmp::ui
