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
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &message, const QString &details = {}, bool offerRetry = false);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_details;
    QPushButton *m_retry;
    QToolButton *m_close;
    QString m_detailText;
};

} // namespace pmp::ui
