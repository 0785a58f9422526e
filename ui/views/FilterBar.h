#pragma once

#include "api/ListQuery.h"
#include "api/Operation.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace pmp::models {
class ServerChoices;
}

namespace pmp::ui {

// The server-side filters an operation documents, as proper widgets: combo boxes with the documented
// values (or the server's own offices, domains and groups), text fields for the rest. Changing a
// filter asks the view to reload with the new query.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(const pmp::api::Operation &op, const pmp::api::ListQuery &fixed, pmp::models::ServerChoices *choices,
              QWidget *parent = nullptr);

    pmp::api::ListQuery query() const;
    void setQuery(const pmp::api::ListQuery &query);
    bool isEmpty() const { return m_combos.isEmpty() && m_edits.isEmpty(); }
    int activeCount() const;

signals:
    void changed();

private:
    void fillChoices();
    void clear();

    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLineEdit *> m_edits;
    QList<QWidget *> m_advanced;
    QToolButton *m_more = nullptr;
    pmp::models::ServerChoices *m_choices;
    const pmp::api::Operation &m_op;
    bool m_settingQuery = false;
};

} // namespace pmp::ui
