#include "ComputerDetailPane.h"

#include "widgets/ElidedLabel.h"

#include "RecordListView.h"

#include "api/Client.h"
#include "models/CodeTable.h"
#include "models/ColumnStore.h"
#include "models/ListLoader.h"
#include "models/RecordTableModel.h"
#include "models/ViewCatalogue.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::api;
using namespace pmp::models;

ComputerDetailPane::ComputerDetailPane(Client *client, ServerChoices *choices, QWidget *parent)
    : DetailPane(parent), m_client(client),
      m_loader(new ListLoader(client, *ViewCatalogue::byId(QStringLiteral("system-report")), this)),
      m_report(new RecordListView(m_loader, choices, this)), m_title(new ElidedLabel(this)), m_facts(new QLabel(this))
{
    setObjectName(QStringLiteral("computerDetail"));
    m_report->setEmbedded();
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    // Facts are markup built here around escaped server values.
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_report, 1);
    m_title->setFullText(tr("Select a computer to see its patches"));
    m_report->setEnabled(false);
}

QString ComputerDetailPane::summaryText() const
{
    return m_facts->text();
}

void ComputerDetailPane::showRow(const RecordTableModel &model, int row)
{
    const QString id = row >= 0 ? model.rawValue(row, QStringLiteral("resource_id")) : QString();
    if (id.isEmpty() || id == m_resourceId)
        return;
    m_resourceId = id;
    QString name = model.displayValue(row, QStringLiteral("resource_name"));
    if (name.isEmpty())
        name = model.displayValue(row, QStringLiteral("resource.name"));
    if (name.isEmpty())
        name = model.displayValue(row, QStringLiteral("fqdn_name"));
    m_title->setFullText(tr("%1 — patches").arg(name.isEmpty() ? tr("Computer %1").arg(id) : name));
    m_facts->setText(tr("Loading…"));
    m_report->setEnabled(true);
    m_loader->setFixedQuery(ListQuery().set(QStringLiteral("resid"), id));
    m_loader->reload();
    loadSummary();
}

void ComputerDetailPane::loadSummary()
{
    const QString id = m_resourceId;
    m_client->allSystems(
        ListQuery().set(QStringLiteral("resid"), id), 1, 1, this, [this, id](const Result<RecordPage> &r) {
            if (id != m_resourceId)
                return; // the selection moved on
            if (!r.ok()) {
                m_facts->setText(tr("Health details unavailable: %1").arg(r.error.message().toHtmlEscaped()));
                return;
            }
            if (r.value.records.isEmpty()) {
                m_facts->setText(tr("No patch scan data for this computer yet."));
                return;
            }
            const Record &s = r.value.records.first();
            const QString health =
                CodeTable::label(CodeKind::Health, s.integerOr(QStringLiteral("resource_health_status"), 0));
            const QString scan =
                CodeTable::label(CodeKind::ScanStatus, s.integerOr(QStringLiteral("scan_status"), 229));
            QString reboot = s.text(QStringLiteral("resourcetorebootdetails.reboot_req_status"));
            if (reboot.isEmpty())
                reboot = tr("not reported");
            const auto missing = [&s](const char *k) { return s.integerOr(QLatin1String(k), 0); };
            QStringList facts;
            facts << tr("<b>%1</b>").arg(health.toHtmlEscaped())
                  << tr("missing: %1 critical, %2 important, %3 moderate, %4 low")
                         .arg(missing("critical_patch_count"))
                         .arg(missing("important_patch_count"))
                         .arg(missing("moderate_patch_count"))
                         .arg(missing("low_patch_count"))
                  << tr("reboot required: %1").arg(reboot.toHtmlEscaped())
                  << tr("last scan: %1 (%2)")
                         .arg(ColumnStore::formatTime(s.time(QStringLiteral("last_scan_time")).toMSecsSinceEpoch()),
                              scan)
                  << tr("agent %1, last contact %2")
                         .arg(s.text(QStringLiteral("agent_version")).isEmpty()
                                  ? tr("unknown")
                                  : s.text(QStringLiteral("agent_version")).toHtmlEscaped(),
                              ColumnStore::formatTime(
                                  s.time(QStringLiteral("agent_last_contact_time")).toMSecsSinceEpoch()))
                  << tr("logged on: %1")
                         .arg(s.text(QStringLiteral("agent_logged_on_users")).isEmpty()
                                  ? tr("nobody")
                                  : s.text(QStringLiteral("agent_logged_on_users")).toHtmlEscaped());
            m_facts->setText(facts.join(QStringLiteral(" · ")));
        });
}

} // namespace pmp::ui
