#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace pmp::ui {

class MessageBanner;

// A titled group of dashboard cards fed by the same server calls, with one error strip for them:
// a failed call is reported once, where its numbers would be, with Retry.
class DashboardSection : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardSection(const QString &title, QWidget *parent = nullptr);

    void addHeaderWidget(QWidget *widget);
    // A tooltip on the title: where the numbers come from.
    void setHint(const QString &hint);
    QVBoxLayout *body() const { return m_body; }
    MessageBanner *banner() const { return m_banner; }
    void showError(const QString &message, const QString &details);
    void clearError();
    QString errorText() const;

signals:
    void retryRequested();

private:
    QLabel *m_title;
    QHBoxLayout *m_header;
    MessageBanner *m_banner;
    QVBoxLayout *m_body;
    QString m_error; // MessageBanner::message() is empty while the view is hidden
};

} // namespace pmp::ui
