#include "DashboardCard.h"

#include "charts/ChartColors.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

DashboardCard::DashboardCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)), m_header(new QHBoxLayout),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardCard"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_subtitle->hide();
    // Three cards share a row: a long translated title wraps rather than widening the dashboard.
    m_title->setWordWrap(true);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->setSpacing(8);
    m_header->addWidget(m_title);
    m_header->addWidget(m_subtitle, 0, Qt::AlignBaseline);
    m_header->addStretch(1);
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
    setPlaceholder(tr("Loading…"));
    restyle();
}

void DashboardCard::setContent(QWidget *content)
{
    m_content = content;
    if (content->accessibleName().isEmpty())
        content->setAccessibleName(m_title->text());
    m_stack->addWidget(content);
    if (!isShowingPlaceholder())
        showCurrent();
}

void DashboardCard::setTableAlternative(QWidget *table)
{
    m_table = table;
    if (table->accessibleName().isEmpty())
        table->setAccessibleName(tr("%1 as a table").arg(m_title->text()));
    m_stack->addWidget(table);
    m_tableAction = new QAction(tr("Show as table"), this);
    m_tableAction->setObjectName(QStringLiteral("showAsTableAction"));
    m_tableAction->setCheckable(true);
    m_tableAction->setToolTip(tr("Show the chart's numbers as a table"));
    connect(m_tableAction, &QAction::toggled, this, [this] {
        if (!isShowingPlaceholder())
            showCurrent();
    });
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("showAsTableButton"));
    toggle->setDefaultAction(m_tableAction);
    // An icon in the header, the words in its tooltip, accessible name and the context menu: with the
    // text, six cards in a row made the dashboard wider than a 1280-pixel screen in longer languages.
    m_tableAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    toggle->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toggle->setAutoRaise(true);
    toggle->setAccessibleName(tr("Show %1 as a table").arg(m_title->text()));
    m_header->addWidget(toggle);
    // Right-click (or the menu key) anywhere on the card offers the same toggle.
    addAction(m_tableAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DashboardCard::setShowingTable(bool table)
{
    if (m_tableAction)
        m_tableAction->setChecked(table);
}

bool DashboardCard::isShowingTable() const
{
    return m_table && m_stack->currentWidget() == m_table;
}

void DashboardCard::showCurrent()
{
    const bool table = m_table && m_tableAction && m_tableAction->isChecked();
    if (QWidget *shown = table ? m_table : m_content) {
        const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(shown);
        if (hadFocus)
            shown->setFocus();
    }
}

void DashboardCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString DashboardCard::subtitle() const
{
    return m_subtitle->text();
}

void DashboardCard::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void DashboardCard::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    if (text.isEmpty() && m_content)
        showCurrent();
    else
        m_stack->setCurrentWidget(m_placeholder);
}

bool DashboardCard::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString DashboardCard::placeholderText() const
{
    return isShowingPlaceholder() ? m_placeholder->text() : QString();
}

void DashboardCard::restyle()
{
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, ChartColors::secondaryText(palette()));
    m_subtitle->setPalette(muted);
    m_placeholder->setPalette(muted);
}

void DashboardCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(card, palette().color(QPalette::Base));
    QColor border = ChartColors::gridLine(palette());
    border.setAlpha(border.alpha() * 2);
    p.setPen(QPen(border, 1));
    p.drawPath(card);
}

void DashboardCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

} // namespace pmp::ui
