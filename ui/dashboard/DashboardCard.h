#pragma once

#include <QFrame>

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

    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
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

    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_content = nullptr;
};

} // namespace pmp::ui
