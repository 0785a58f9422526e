#include "ServerView.h"

#include "widgets/MessageBanner.h"

#include "api/Client.h"
#include "models/ColumnStore.h"
#include "models/ToolTipText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::api;
using pmp::models::ColumnStore;

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? ColumnStore::formatTime(t.toMSecsSinceEpoch()) : QObject::tr("never");
}
QString thresholds(const HealthPolicy::Thresholds &t)
{
    return QObject::tr("%1 critical, %2 important, %3 moderate or %4 low missing patches")
        .arg(t.critical)
        .arg(t.important)
        .arg(t.moderate)
        .arg(t.low);
}
} // namespace

ServerView::ServerView(Client *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("serverView"));
    auto *content = new QWidget;
    auto *col = new QVBoxLayout(content);
    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignRight);
        col->addWidget(box);
        return form;
    };
    QFormLayout *db = group(tr("Patch database"));
    m_dbStatus = field(db, QStringLiteral("dbStatus"), tr("Last update:"));
    m_dbLast = field(db, QStringLiteral("dbLast"), tr("Updated at:"));
    m_dbNext = field(db, QStringLiteral("dbNext"), tr("Next update:"));
    m_dbAuto = field(db, QStringLiteral("dbAuto"), tr("Automatic updates:"));
    QFormLayout *approval = group(tr("Patch approval"));
    m_approval = field(approval, QStringLiteral("approvalMode"), tr("Mode:"));
    QFormLayout *health = group(tr("System health policy"));
    m_vulnerable = field(health, QStringLiteral("vulnerableThreshold"), tr("Vulnerable at:"));
    m_highly = field(health, QStringLiteral("highlyVulnerableThreshold"), tr("Highly vulnerable at:"));
    m_advanced = field(health, QStringLiteral("healthAdvanced"), tr("Counting:"));
    QFormLayout *scope = group(tr("Managed scope"));
    m_offices = field(scope, QStringLiteral("remoteOffices"), tr("Remote offices:"));
    m_domains = field(scope, QStringLiteral("domains"), tr("Domains:"));
    m_groups = field(scope, QStringLiteral("customGroups"), tr("Custom groups:"));
    col->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Server settings"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    connect(m_banner, &MessageBanner::retryRequested, this, &ServerView::reload);
}

QLabel *ServerView::field(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(tr("…"));
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

QString ServerView::fieldText(const QString &objectName) const
{
    const auto *l = findChild<QLabel *>(objectName);
    return l ? l->text() : QString();
}

void ServerView::reload()
{
    auto failed = [this](const QString &what, const ApiError &e) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1 could not be loaded: %2").arg(what, e.message()),
                              e.oneLine(), true);
    };
    m_client->dbUpdateStatus(this, [this, failed](const Result<DbUpdateStatus> &r) {
        if (!r.ok())
            return failed(tr("The patch database status"), r.error);
        m_dbStatus->setText(r.value.lastStatus.isEmpty() ? tr("unknown") : r.value.lastStatus);
        m_dbLast->setText(when(r.value.lastUpdate));
        m_dbNext->setText(when(r.value.nextScheduled));
        m_dbAuto->setText(r.value.autoUpdateDisabled
                              ? tr("<b>disabled</b> — the vulnerability database is not kept current")
                              : tr("enabled"));
    });
    m_client->approvalSettings(this, [this, failed](const Result<ApprovalSettings> &r) {
        if (!r.ok())
            return failed(tr("The approval settings"), r.error);
        m_approval->setText(r.value.isAutomatic() ? tr("Automatic — new patches are approved without review")
                                                  : tr("Manual — patches wait for an administrator's approval"));
        m_approval->setToolTip(models::toolTipText(tr("The server's setting: %1").arg(r.value.mode)));
    });
    m_client->healthPolicy(this, [this, failed](const Result<HealthPolicy> &r) {
        if (!r.ok())
            return failed(tr("The health policy"), r.error);
        m_vulnerable->setText(thresholds(r.value.vulnerable));
        m_highly->setText(thresholds(r.value.highlyVulnerable));
        QStringList adv;
        adv << (r.value.considerOnlyApproved ? tr("only approved patches") : tr("all patches"));
        adv << (r.value.excludeThirdPartyApps ? tr("third-party applications excluded")
                                              : tr("third-party applications included"));
        m_advanced->setText(adv.join(QStringLiteral(", ")));
    });
    m_client->serverProperties(this, [this, failed](const Result<ServerProperties> &r) {
        if (!r.ok())
            return failed(tr("The server properties"), r.error);
        m_offices->setText(r.value.branchOffices.join(QStringLiteral(", ")));
        m_domains->setText(r.value.domains.join(QStringLiteral(", ")));
        m_groups->setText(r.value.customGroups.join(QStringLiteral(", ")));
    });
}

} // namespace pmp::ui
