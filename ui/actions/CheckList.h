#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pmp::ui {

// A list of names to tick (custom groups, remote offices, domains), with a filter line for long lists
// and a count of what is ticked. Each entry may carry a value different from its text (a group id).
class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);

    // Replaces the entries; ticked values stay ticked when they are still listed.
    void setItems(const QStringList &texts, const QStringList &values = {});
    void addItem(const QString &text, const QString &value = {}, bool checked = false);
    QStringList checkedValues() const;
    QStringList checkedTexts() const;
    void setCheckedValues(const QStringList &values);
    int count() const;
    void setPlaceholder(const QString &text);
    // What the list holds, for screen readers ("Custom groups"); a form label names it otherwise.
    void setListName(const QString &name);
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void updateCount();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
    QLabel *m_empty;
};

} // namespace pmp::ui
