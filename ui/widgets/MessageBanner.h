#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace pmp::ui {

// A non-modal strip above a view for errors and notices: the message, optional details, Retry.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &message, const QString &details = {}, bool offerRetry = false);
    QString message() const;
    Level level() const { return m_level; }

signals:
    void retryRequested();

private:
    void restyle();

    QLabel *m_text;
    QPushButton *m_details;
    QPushButton *m_retry;
    QToolButton *m_close;
    QString m_detailText;
    Level m_level = Level::Info;
};

} // namespace pmp::ui
