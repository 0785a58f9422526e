#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace pmp::ui {

// A panel on the dashboard: a title, an optional subtitle and header control, and either its
// content or a placeholder line ("Loading…", "Not available") when there is nothing to show.
class DashboardCard : public QFrame
{
    Q_OBJECT
public:
    explicit DashboardCard(const QString &title, QWidget *parent = nullptr);

    // The content is named after the card's title for screen readers when it has no name.
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    // Offers "Show as table" (a toggle in the header and on the card's context menu) that swaps the
    // content for `table`, the same numbers as text. The card does not fill the table.
    void setTableAlternative(QWidget *table);
    QWidget *tableAlternative() const { return m_table; }
    QAction *tableAction() const { return m_tableAction; }
    void setShowingTable(bool table);
    bool isShowingTable() const;
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    void addHeaderWidget(QWidget *widget);
    // Shows `text` instead of the content; an empty text shows the content again.
    void setPlaceholder(const QString &text);
    bool isShowingPlaceholder() const;
    QString placeholderText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void showCurrent();

    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_content = nullptr;
    QWidget *m_table = nullptr;
    QAction *m_tableAction = nullptr;
};

} // namespace pmp::ui
