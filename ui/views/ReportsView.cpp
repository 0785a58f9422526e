#include "ReportsView.h"

#include "RecordListView.h"
#include "widgets/MessageBanner.h"

#include "api/Client.h"
#include "models/ListLoader.h"
#include "models/ReportColumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::api;
using namespace pmp::models;

namespace {
constexpr int IdRole = Qt::UserRole;

void addNode(QTreeWidgetItem *parent, QTreeWidget *tree, const QueryReportNode &node)
{
    const QStringList cols{node.label, node.owner, node.lastModified, node.description};
    auto *item = parent ? new QTreeWidgetItem(parent, cols) : new QTreeWidgetItem(tree, cols);
    if (node.leaf)
        item->setData(0, IdRole, node.id);
    else
        item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    item->setToolTip(0, QObject::tr("Report id %1").arg(node.id));
    for (const QueryReportNode &child : node.children)
        addNode(item, tree, child);
}
} // namespace

ReportsView::ReportsView(Client *client, ServerChoices *choices, QWidget *parent)
    : QWidget(parent), m_client(client), m_choices(choices), m_banner(new MessageBanner(this)),
      m_tree(new QTreeWidget(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_placeholder(new QLabel(tr("Choose a report on the left to load its rows."), this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_tree->setObjectName(QStringLiteral("reportTree"));
    m_tree->setAccessibleName(tr("Query reports"));
    m_tree->setHeaderLabels({tr("Report"), tr("Owner"), tr("Modified"), tr("Description")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_placeholder);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            openReport(id, item->text(0));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, IdRole).toString().isEmpty())
            openReport(item->data(0, IdRole).toString(), item->text(0));
    });
    connect(m_banner, &MessageBanner::retryRequested, this, &ReportsView::reload);
}

void ReportsView::reload()
{
    m_tree->clear();
    m_client->queryReports(this, [this](const Result<QueryReportNode> &r) {
        if (!r.ok()) {
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("The report list could not be loaded: %1").arg(r.error.message()),
                                  r.error.oneLine(), true);
            return;
        }
        addNode(nullptr, m_tree, r.value);
        m_tree->expandAll();
        for (int c = 0; c < 3; ++c)
            m_tree->resizeColumnToContents(c);
    });
}

void ReportsView::openReport(const QString &reportId, const QString &title)
{
    if (reportId == m_openId)
        return;
    m_openId = reportId;
    // The columns are the report's own: read them from a first page, then load every row through
    // the same list view as everywhere else.
    m_client->queryReportData(reportId, 1, 50, this, [this, reportId, title](const Result<QueryReportPage> &r) {
        if (reportId != m_openId)
            return;
        if (!r.ok()) {
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("Report \"%1\" could not be loaded: %2").arg(title, r.error.message()),
                                  r.error.oneLine(), true);
            m_openId.clear();
            return;
        }
        ViewSpec spec;
        spec.id = QStringLiteral("report-") + reportId;
        spec.title = title;
        spec.operation = OperationId::QueryReportData;
        spec.columns = ReportColumns::derive(r.value.columns, r.value.rows);
        spec.itemNoun = QStringLiteral("row"); // English key: ViewSpec::countOf translates
        spec.itemNounPlural = QStringLiteral("rows");
        spec.fixedQuery.setPathId(reportId);
        auto *loader = new ListLoader(m_client, spec);
        auto *view = new RecordListView(loader, m_choices);
        view->setEmbedded(); // a query report's rows are no catalogue view: nothing a saved view can hold
        loader->setParent(view);
        if (m_data)
            m_data->deleteLater();
        else
            m_placeholder->hide();
        m_data = view;
        m_splitter->addWidget(view);
        loader->reload();
        emit reportOpened(reportId);
    });
}

} // namespace pmp::ui
