#include "ServerStatusSection.h"

#include "DashboardCard.h"
#include "DashboardParts.h"

#include "charts/ChartColors.h"

#include "api/requests/RequestRules.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

using Role = ChartColors::Role;

ServerStatusSection::ServerStatusSection(const DashboardLoader *loader, QWidget *parent)
    : LoaderSection(tr("Server"), loader, parent)
{
    setObjectName(QStringLiteral("serverSection"));
    m_serverCard = new DashboardCard(tr("Patch database and approval"), this);
    m_serverCard->setObjectName(QStringLiteral("serverCard"));
    m_openServer = new QToolButton(m_serverCard);
    m_openServer->setObjectName(QStringLiteral("openServerButton"));
    m_openServer->setText(tr("Server page ›"));
    m_openServer->setAutoRaise(true);
    m_openServer->setCursor(Qt::PointingHandCursor);
    m_openServer->setToolTip(tr("Open the server's settings and status"));
    connect(m_openServer, &QToolButton::clicked, this, [this] { emit navigateTo(QStringLiteral("server"), {}); });
    m_serverCard->addHeaderWidget(m_openServer);

    auto *fields = new QWidget(m_serverCard);
    auto *grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(7);
    grid->setColumnStretch(1, 1);
    m_dbStatus = addField(grid, 0, QStringLiteral("dbStatusValue"), tr("Database update"));
    m_dbStatus->setTextFormat(Qt::RichText); // a coloured dot before the escaped status
    m_dbLast = addField(grid, 1, QStringLiteral("dbLastUpdateValue"), tr("Last updated"));
    m_dbNext = addField(grid, 2, QStringLiteral("dbNextUpdateValue"), tr("Next update"));
    m_dbWarning = new QLabel(fields);
    m_dbWarning->setObjectName(QStringLiteral("autoUpdateWarning"));
    m_dbWarning->setWordWrap(true);
    m_dbWarning->setText(tr("⚠ Automatic database updates are disabled: new patches are not detected "
                            "until the database is updated by hand."));
    m_dbWarning->hide();
    grid->addWidget(m_dbWarning, 3, 0, 1, 2);
    m_approval = addField(grid, 4, QStringLiteral("approvalModeValue"), tr("Patch approval"));
    m_apdTasks = addField(grid, 5, QStringLiteral("apdTasksValue"), tr("Deployment tasks"));
    m_apdLast = addField(grid, 6, QStringLiteral("apdLastValue"), tr("Last task"));
    m_apdNext = addField(grid, 7, QStringLiteral("apdNextValue"), tr("Next task"));
    grid->setRowStretch(8, 1);
    m_serverCard->setContent(fields);
    body()->addWidget(m_serverCard);
    applyPalette();
}

QLabel *ServerStatusSection::addField(QGridLayout *grid, int row, const QString &name, const QString &label)
{
    auto *caption = new QLabel(label, this);
    QPalette muted = caption->palette();
    muted.setColor(QPalette::WindowText, ChartColors::secondaryText(palette()));
    caption->setPalette(muted);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    // Values are server text (task names, statuses): plain unless a field opts into markup.
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    return value;
}

void ServerStatusSection::applyPalette()
{
    const QPalette pal = palette();
    // Not QPalette::Link: many dark palettes leave it dark blue, unreadable on a dark card.
    QPalette link = m_openServer->palette();
    link.setColor(QPalette::ButtonText, ChartColors::color(Role::Info, pal));
    m_openServer->setPalette(link);
    QPalette warn = m_dbWarning->palette();
    warn.setColor(QPalette::WindowText, ChartColors::color(Role::Important, pal));
    m_dbWarning->setPalette(warn);
}

void ServerStatusSection::showData()
{
    const bool haveDb = loader().hasData(Section::Database);
    const bool havePatches = loader().hasData(Section::Patches);
    const bool haveApproval = loader().hasData(Section::Approval);
    if (!haveDb && !havePatches && !haveApproval)
        return;
    const QDateTime now = loader().now();
    const pmp::api::PatchSummary &p = loader().patchSummary();
    // E18 is the dedicated call; the patch summary carries the same facts and stands in for it.
    const QString status = haveDb ? loader().dbUpdateStatus().lastStatus : p.lastDbUpdateStatus;
    const QDateTime last = haveDb ? loader().dbUpdateStatus().lastUpdate : p.lastDbUpdate;
    const QDateTime next = haveDb ? loader().dbUpdateStatus().nextScheduled : p.nextDbUpdate;
    const bool autoDisabled = haveDb ? loader().dbUpdateStatus().autoUpdateDisabled : p.autoDbUpdateDisabled;
    const QString dash = QStringLiteral("—");
    if (haveDb || havePatches) {
        const bool ok = status.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
        const bool failed = status.contains(QLatin1String("fail"), Qt::CaseInsensitive);
        const QColor c = ChartColors::color(ok ? Role::Healthy : failed ? Role::Critical : Role::Unrated, palette());
        // The one documented status reads in the admin's language; any other is shown as the server sent it.
        QString text = status.isEmpty() ? tr("Unknown") : ok ? tr("Success") : status.toHtmlEscaped();
        if (havePatches && p.dbUpdateInProgress)
            text = tr("Updating now");
        m_dbStatus->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(c.name(), text));
        m_dbLast->setText(last.isValid() ? DashboardParts::when(last, now) : tr("Never"));
        m_dbNext->setText(next.isValid() ? DashboardParts::when(next, now) : tr("Not scheduled"));
        m_dbWarning->setVisible(autoDisabled);
    } else {
        m_dbStatus->setText(dash);
        m_dbLast->setText(dash);
        m_dbNext->setText(dash);
    }
    if (haveApproval) {
        const bool automatic = loader().approvalSettings().isAutomatic();
        m_approval->setText(automatic ? tr("Automatic") : tr("Manual"));
        m_approval->setToolTip(automatic ? tr("New patches are approved for deployment without review.")
                                         : tr("Patches are deployed only after an administrator approves them."));
    } else {
        m_approval->setText(dash);
    }
    if (havePatches) {
        m_apdTasks->setText(QLocale().toString(p.apdTaskCount));
        auto task = [&](const QString &name, const QDateTime &t, const QString &none) {
            if (name.isEmpty() && !t.isValid())
                return none;
            if (!t.isValid())
                return pmp::api::RequestRules::shortName(name); // a server's name: it must not widen the card
            // Name and time on their own lines: a wrap inside the date reads badly.
            const QString shown = name.isEmpty() ? tr("Unnamed task") : pmp::api::RequestRules::shortName(name);
            return tr("%1\n%2").arg(shown, DashboardParts::when(t, now));
        };
        m_apdLast->setText(task(p.apdLastExecutedTask, p.apdLastScheduled, tr("None yet")));
        m_apdNext->setText(task(p.apdNextTask, p.apdNextScheduled, tr("None scheduled")));
    } else {
        m_apdTasks->setText(dash);
        m_apdLast->setText(dash);
        m_apdNext->setText(dash);
    }
    m_serverCard->setPlaceholder(QString());
}

void ServerStatusSection::showLoadState()
{
    DashboardParts::reportErrors(this, loader(), {Section::Database, Section::Approval, Section::HealthPolicy});
    const bool any = loader().hasData(Section::Database) || loader().hasData(Section::Approval) ||
                     loader().hasData(Section::Patches);
    if (!any)
        m_serverCard->setPlaceholder(DashboardParts::placeholder(loader(), Section::Database));
}

} // namespace pmp::ui
