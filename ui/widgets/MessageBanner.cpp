#include "MessageBanner.h"

#include "StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace pmp::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_details(new QPushButton(tr("Details…"), this)),
      m_retry(new QPushButton(tr("Retry"), this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    // Plain: messages quote servers (an error_description, a sign-in that ended), never markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details"), m_text->text(), QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(m_detailText);
        box.exec();
    });
    hide();
    StatusColors::keepStyled(this, [this] { restyle(); });
}

void MessageBanner::restyle()
{
    const auto status = m_level == Level::Error     ? StatusColors::Status::Error
                        : m_level == Level::Warning ? StatusColors::Status::Warning
                                                    : StatusColors::Status::Info;
    const QString sheet =
        StatusColors::boxStyleSheet(status, StatusColors::surroundingPalette(this), QStringLiteral("#messageBanner")) +
        QStringLiteral(" #messageBanner QLabel { border:none; background:transparent; }");
    if (styleSheet() != sheet) // setting the same sheet again would repolish, and change the palette
        setStyleSheet(sheet);
}

void MessageBanner::showMessage(Level level, const QString &message, const QString &details, bool offerRetry)
{
    m_level = level;
    restyle();
    m_text->setText(message);
    m_detailText = details;
    m_details->setVisible(!details.isEmpty());
    m_retry->setVisible(offerRetry);
    show();
}

QString MessageBanner::message() const
{
    // Not isVisible(): a banner in a window not yet (or never, in a test) shown still has its message.
    return isHidden() ? QString() : m_text->text();
}

} // namespace pmp::ui
