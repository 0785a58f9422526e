#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace pmp::models {
class ListLoader;
class RecordFilterProxy;
} // namespace pmp::models

namespace pmp::ui {

// One line above a list saying what changed since the previous complete fetch ("Changes since 14:02:
// 12 new, 30 changed, 5 removed"), with the colours the table uses for them, a toggle that shows only
// the new and changed rows (the list's own search, sort and export apply to them as usual) and a
// button listing the removed rows. Hidden until a fetch has been compared with an earlier one.
class ChangesBar : public QWidget
{
    Q_OBJECT
public:
    ChangesBar(pmp::models::ListLoader *loader, pmp::models::RecordFilterProxy *proxy, QWidget *parent = nullptr);

    bool showsOnlyChanges() const;
    void setShowOnlyChanges(bool on);

private:
    void refresh();
    void applyFilter();
    void showRemovedRows();

    pmp::models::ListLoader *m_loader;
    pmp::models::RecordFilterProxy *m_proxy;
    QLabel *m_since;
    QLabel *m_added;
    QLabel *m_changed;
    QToolButton *m_removed;
    QToolButton *m_only;
};

} // namespace pmp::ui
