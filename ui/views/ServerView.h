#pragma once

#include "views/ConsolePage.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pmp::api {
class Client;
}

namespace pmp::ui {

class MessageBanner;

// The server's own settings and state: patch database updates (E18), approval mode (E22), the
// system health policy thresholds (E07) and what it manages (E37).
class ServerView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    explicit ServerView(pmp::api::Client *client, QWidget *parent = nullptr);
    void reload() override;
    QString fieldText(const QString &objectName) const;

private:
    QLabel *field(QFormLayout *form, const QString &name, const QString &label);

    pmp::api::Client *m_client;
    MessageBanner *m_banner;
    QLabel *m_dbStatus, *m_dbLast, *m_dbNext, *m_dbAuto;
    QLabel *m_approval;
    QLabel *m_vulnerable, *m_highly, *m_advanced;
    QLabel *m_offices, *m_domains, *m_groups;
};

} // namespace pmp::ui
