#include "DashboardSection.h"

#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pmp::ui {

DashboardSection::DashboardSection(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_header(new QHBoxLayout), m_banner(new MessageBanner(this)),
      m_body(new QVBoxLayout)
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 1.15);
    f.setBold(true);
    m_title->setFont(f);
    // Same header height with or without controls, so neighbouring sections line up.
    m_title->setMinimumHeight(30);
    m_header->setContentsMargins(2, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(m_header);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_error.clear();
        emit retryRequested();
    });
}

void DashboardSection::setHint(const QString &hint)
{
    m_title->setToolTip(hint);
}

void DashboardSection::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void DashboardSection::showError(const QString &message, const QString &details)
{
    m_error = message;
    m_banner->showMessage(MessageBanner::Level::Error, message, details, true);
}

void DashboardSection::clearError()
{
    m_error.clear();
    m_banner->hide();
}

QString DashboardSection::errorText() const
{
    return m_banner->isHidden() ? QString() : m_error;
}

} // namespace pmp::ui
