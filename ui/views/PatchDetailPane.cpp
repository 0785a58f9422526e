#include "PatchDetailPane.h"

#include "widgets/ElidedLabel.h"
#include "widgets/LayoutMemory.h"

#include "FilterBar.h"
#include "RecordListView.h"

#include "api/Client.h"
#include "api/PagedFetch.h"
#include "models/ListLoader.h"
#include "models/RecordTableModel.h"
#include "models/ViewCatalogue.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace pmp::ui {

using namespace pmp::api;
using namespace pmp::models;

PatchDetailPane::PatchDetailPane(Client *client, ServerChoices *choices, QWidget *parent)
    : DetailPane(parent), m_client(client),
      m_loader(new ListLoader(client, *ViewCatalogue::byId(QStringLiteral("patch-status")), this)),
      m_missing(new RecordListView(m_loader, choices, this)), m_title(new ElidedLabel(this)),
      m_failureTitle(new QLabel(this)), m_failures(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("patchDetail"));
    m_missing->setEmbedded();
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    // Carries server text (an error message).
    m_failureTitle->setTextFormat(Qt::PlainText);
    m_title->setFullText(tr("Select a patch to see where it is missing or failed"));
    m_failures->setObjectName(QStringLiteral("failuresByErrorCode"));
    m_failures->setAccessibleName(tr("Failed installations by error code"));
    m_failures->setHeaderLabels({tr("Error code / computer"), tr("Computers"), tr("Remarks")});
    m_failures->header()->setStretchLastSection(true);
    m_failures->setRootIsDecorated(true);
    m_failures->setUniformRowHeights(true);
    m_failureTitle->setText(tr("Failed installations"));

    auto *failuresBox = new QWidget(this);
    auto *fl = new QVBoxLayout(failuresBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_failureTitle);
    fl->addWidget(m_failures, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_missing);
    split->addWidget(failuresBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    LayoutMemory::rememberSplitter(split, QStringLiteral("patch-detail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    m_missing->setEnabled(false);
}

void PatchDetailPane::showRow(const RecordTableModel &model, int row)
{
    QString id = row >= 0 ? model.rawValue(row, QStringLiteral("patch_id")) : QString();
    if (id.isEmpty() && row >= 0)
        id = model.rawValue(row, QStringLiteral("patchid"));
    if (id.isEmpty() || id == m_patchId)
        return;
    m_patchId = id;
    const QString name = model.displayValue(row, QStringLiteral("patch_description"));
    m_title->setFullText(
        tr("%1 — computers missing it, and failures").arg(name.isEmpty() ? tr("Patch %1").arg(id) : name));
    m_missing->setEnabled(true);
    m_loader->setFixedQuery(
        ListQuery().set(QStringLiteral("patchid"), id).set(QStringLiteral("patchstatusfilter"), QStringLiteral("202")));
    m_loader->reload();
    loadFailures();
}

void PatchDetailPane::loadFailures()
{
    // Forget the old fetch before cancelling it: cancel() reports `finished` at once, and its handler
    // must see a fetch that is no longer current (ASan found the pointer it had cleared used here).
    if (PagedFetch *old = std::exchange(m_failureFetch, nullptr)) {
        old->cancel();
        old->deleteLater();
    }
    m_failures->clear();
    m_failureTitle->setText(tr("Failed installations: loading…"));
    const ListQuery q = ListQuery()
                            .set(QStringLiteral("patch_id"), m_patchId)
                            .set(QStringLiteral("patch_status"), QStringLiteral("Failed"));
    auto *fetch = new PagedFetch(m_client, OperationId::ThreatSystemReport, q, {100, 2}, this);
    m_failureFetch = fetch;
    auto groups = std::make_shared<QMap<QString, QList<Record>>>();
    const QString patchId = m_patchId;
    const ViewSpec spec = *ViewCatalogue::byId(QStringLiteral("threat-systems"));
    connect(fetch, &PagedFetch::pageArrived, this, [groups, spec, patchId](int, const QList<Record> &systems) {
        for (const Record &row : spec.rowsFor(systems)) {
            if (row.rawText(QStringLiteral("patch_id")) != patchId)
                continue; // a system lists all its patches; keep this one
            QString code = row.text(QStringLiteral("install_error_code"));
            if (code.isEmpty())
                code = tr("no error code");
            (*groups)[code].append(row);
        }
    });
    connect(fetch, &PagedFetch::finished, this, [this, groups, fetch](const FetchOutcome &outcome) {
        if (fetch != m_failureFetch)
            return;
        m_failureFetch = nullptr;
        fetch->deleteLater();
        int total = 0;
        // Most frequent error first: that is the one to look up.
        QList<QPair<QString, QList<Record>>> ordered;
        for (auto it = groups->constBegin(); it != groups->constEnd(); ++it)
            ordered.append({it.key(), it.value()});
        std::sort(ordered.begin(), ordered.end(),
                  [](const auto &a, const auto &b) { return a.second.size() > b.second.size(); });
        for (const auto &[code, rows] : ordered) {
            auto *group = new QTreeWidgetItem(m_failures, {code, QString::number(rows.size()), QString()});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            for (const Record &r : rows)
                new QTreeWidgetItem(group, {r.text(QStringLiteral("fqdn_name")), QString(),
                                            r.text(QStringLiteral("deployment_remarks"))});
            total += int(rows.size());
        }
        if (!outcome.complete && outcome.error.kind() != ApiError::Kind::Cancelled)
            m_failureTitle->setText(tr("Failed installations: could not load all (%1)").arg(outcome.error.message()));
        else if (total == 0)
            m_failureTitle->setText(tr("Failed installations: none"));
        else
            m_failureTitle->setText(tr("Failed on %n computer(s), by error code", nullptr, total));
        m_failures->resizeColumnToContents(0);
    });
    fetch->start();
}

} // namespace pmp::ui
