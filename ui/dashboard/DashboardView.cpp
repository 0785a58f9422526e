#include "DashboardView.h"

#include "AgentSection.h"
#include "DashboardParts.h"
#include "PatchOverviewSection.h"
#include "ServerStatusSection.h"
#include "SinceLastRefreshSection.h"
#include "TrendSection.h"

#include "widgets/ReflowGridLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace pmp::ui {

DashboardView::DashboardView(DashboardLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_asOf(new QLabel(this)), m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("dashboardView"));

    auto *title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_asOf->setObjectName(QStringLiteral("asOfLabel"));
    m_asOf->setEnabled(false); // greyed: secondary information
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Fetch the summaries again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(12);
    header->addWidget(title);
    header->addWidget(m_asOf, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_refresh);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(18, 14, 18, 18);
    column->setSpacing(22);
    column->addLayout(header);
    // What moved since the refresh before comes first: it is what an admin opens the console for.
    m_sinceSection = new SinceLastRefreshSection(m_loader, this);
    column->addWidget(m_sinceSection);
    m_patchSection = new PatchOverviewSection(m_loader, this);
    column->addWidget(m_patchSection);
    // Trends beside the server's status, or above it when the window is too narrow for both.
    auto *trendRow = new ReflowGridLayout({2});
    trendRow->setHorizontalSpacing(16);
    trendRow->setVerticalSpacing(22);
    m_trendSection = new TrendSection(m_loader, this);
    trendRow->addWidget(m_trendSection, 2);
    m_serverSection = new ServerStatusSection(m_loader, this);
    trendRow->addWidget(m_serverSection, 1);
    column->addLayout(trendRow);
    m_agentSection = new AgentSection(m_loader, this);
    column->addWidget(m_agentSection);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_patchSection, &DashboardSection::retryRequested, this, [this] { m_loader->retry(Section::Patches); });
    connect(m_agentSection, &DashboardSection::retryRequested, this, [this] { m_loader->retry(Section::Computers); });
    connect(m_serverSection, &DashboardSection::retryRequested, this, [this] {
        for (Section s : {Section::Database, Section::Approval, Section::HealthPolicy})
            if (m_loader->error(s).isError())
                m_loader->retry(s);
    });
    connect(m_patchSection, &LoaderSection::navigateTo, this, &DashboardView::navigateTo);
    connect(m_serverSection, &LoaderSection::navigateTo, this, &DashboardView::navigateTo);
    connect(m_agentSection, &LoaderSection::navigateTo, this, &DashboardView::navigateTo);
    connect(m_sinceSection, &LoaderSection::navigateTo, this, &DashboardView::navigateTo);

    connect(m_loader, &DashboardLoader::started, this, &DashboardView::updateAsOf);
    connect(m_loader, &DashboardLoader::sectionStarted, this, &DashboardView::showSectionState);
    connect(m_loader, &DashboardLoader::sectionFailed, this, [this](Section s) { showSectionState(s); });
    connect(m_loader, &DashboardLoader::sectionLoaded, this, [this](Section s) {
        switch (s) {
        case Section::Patches:
            m_patchSection->showData();
            m_serverSection->showData(); // the vulnerability DB and APD lines come from the patch summary
            break;
        case Section::Computers:
            m_agentSection->showData();
            break;
        case Section::Database:
        case Section::Approval:
        case Section::HealthPolicy:
            m_serverSection->showData();
            m_patchSection->showData(); // the health policy explains the health donut
            break;
        case Section::FailedDeployments:
            break; // shown with the snapshot it belongs to (historyRecorded), which waits for it
        }
        showSectionState(s);
    });
    connect(m_loader, &DashboardLoader::finished, this, &DashboardView::updateAsOf);
    connect(m_loader, &DashboardLoader::historyRecorded, this, [this] {
        m_trendSection->showData();
        m_patchSection->showChanges();
        m_sinceSection->showData();
    });

    for (Section s : DashboardLoader::sections())
        showSectionState(s);
    if (m_loader->hasData(Section::Patches))
        m_patchSection->showData();
    if (m_loader->hasData(Section::Computers))
        m_agentSection->showData();
    m_serverSection->showData();
    m_trendSection->showData();
    m_patchSection->showChanges();
    updateAsOf();
}

void DashboardView::refresh()
{
    m_loader->refresh();
}

TrendPanel *DashboardView::trendPanel() const
{
    return m_trendSection->panel();
}

QString DashboardView::asOfText() const
{
    return m_asOf->text();
}

void DashboardView::showSectionState(Section section)
{
    switch (section) {
    case Section::Patches:
        m_patchSection->showLoadState();
        break;
    case Section::Computers:
        m_agentSection->showLoadState();
        break;
    case Section::Database:
    case Section::Approval:
    case Section::HealthPolicy:
        m_serverSection->showLoadState();
        break;
    case Section::FailedDeployments:
        break; // its tile says why it has no number (SinceLastRefreshSection)
    }
    updateAsOf();
}

void DashboardView::updateAsOf()
{
    const QDateTime asOf = m_loader->asOf();
    const bool loading = m_loader->isLoading();
    if (!asOf.isValid())
        m_asOf->setText(loading ? tr("Loading…") : tr("Not loaded yet"));
    else if (loading)
        m_asOf->setText(tr("As of %1 · refreshing…").arg(DashboardParts::when(asOf, m_loader->now())));
    else
        m_asOf->setText(tr("As of %1").arg(DashboardParts::when(asOf, m_loader->now())));
    m_asOf->setToolTip(asOf.isValid() ? QLocale().toString(asOf.toLocalTime(), QLocale::LongFormat) : QString());
}

} // namespace pmp::ui
