#include "SignInStatusArea.h"

#include "auth/BrowserSignIn.h"
#include "auth/SignInError.h"
#include "widgets/StatusColors.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::auth::SignInError;

SignInStatusArea::SignInStatusArea(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("statusFrame"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_status, 1);
    m_copyLink = new QPushButton(tr("Copy link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLink"));
    m_copyLink->setToolTip(tr("Copy the sign-in link, to open it in a browser yourself"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link.toString(QUrl::FullyEncoded));
        m_copyLink->setText(tr("Link copied"));
    });
    m_openAgain = new QPushButton(tr("Open browser again"), this);
    m_openAgain->setObjectName(QStringLiteral("openBrowserAgain"));
    m_showDetails = new QPushButton(tr("Details"), this);
    m_showDetails->setObjectName(QStringLiteral("showDetails"));
    m_showDetails->setCheckable(true);
    row->addWidget(m_copyLink);
    row->addWidget(m_openAgain);
    row->addWidget(m_showDetails);
    layout->addLayout(row);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);
    m_details = new QPlainTextEdit(this);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    layout->addWidget(m_details);
    connect(m_showDetails, &QPushButton::toggled, m_details, &QWidget::setVisible);
    m_copyLink->hide();
    m_openAgain->hide();
    m_showDetails->hide();
    m_details->hide();
    m_progress->hide();
    hide();
}

void SignInStatusArea::follow(pmp::auth::BrowserSignIn *browser)
{
    using pmp::auth::BrowserSignIn;
    connect(browser, &BrowserSignIn::waitingForBrowser, this, [this](const QUrl &url, bool opened) {
        m_link = url;
        m_copyLink->show();
        m_openAgain->show();
        showProgress(opened ? tr("Your browser is showing Zoho's consent page. Sign in there if asked, check the "
                                 "permissions and click <b>Accept</b>; PatchDeck continues by itself.")
                            : tr("PatchDeck could not open a browser. Click <b>Copy link</b>, paste the link into the "
                                 "browser where you use Zoho, and click <b>Accept</b> there."));
    });
    connect(browser, &BrowserSignIn::exchanging, this, [this](const QUrl &accounts) {
        m_openAgain->hide();
        showProgress(tr("Access approved. Fetching the tokens from %1…").arg(accounts.host().toHtmlEscaped()));
    });
    connect(browser, &BrowserSignIn::notice, this, [this](const QString &text) {
        showStatus(text.toHtmlEscaped() + QStringLiteral("<br>") + tr("Still waiting for the browser…"),
                   StatusColors::accent(StatusColors::Status::Warning, StatusColors::surroundingPalette(this)));
    });
    connect(m_openAgain, &QPushButton::clicked, browser, [browser] { browser->reopenBrowser(); });
}

QString SignInStatusArea::text() const
{
    return m_status->text();
}

void SignInStatusArea::setStatus(const QString &text, Qt::TextFormat format, const QColor &color)
{
    // The colours are chosen for the dialog's palette.
    const QPalette surrounding = StatusColors::surroundingPalette(this);
    m_status->setTextFormat(format);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, color.isValid() ? color : surrounding.color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    show();
}

void SignInStatusArea::showStatus(const QString &html, const QColor &color)
{
    setStatus(html, Qt::RichText, color);
}

void SignInStatusArea::showProgress(const QString &html)
{
    m_showDetails->hide();
    m_details->hide();
    showStatus(html, QColor());
}

void SignInStatusArea::showError(const SignInError &error)
{
    QString text = error.message;
    if (error.kind == SignInError::Kind::Tls)
        text += QLatin1Char('\n') + tr("Check the certificate below. If it belongs to your organisation, trust "
                                       "its CA under Network… and sign in again.");
    setStatus(text, Qt::PlainText,
              StatusColors::accent(StatusColors::Status::Error, StatusColors::surroundingPalette(this)));
    m_details->setPlainText(error.details);
    m_showDetails->setVisible(!error.details.isEmpty());
    m_showDetails->setChecked(error.kind == SignInError::Kind::Tls);
    m_details->setVisible(error.kind == SignInError::Kind::Tls && !error.details.isEmpty());
}

void SignInStatusArea::showBusy(bool busy)
{
    m_progress->setVisible(busy);
}

void SignInStatusArea::newAttempt()
{
    m_link = {};
    m_copyLink->setText(tr("Copy link"));
}

void SignInStatusArea::withdrawLink()
{
    m_copyLink->hide();
    m_openAgain->hide();
}

} // namespace pmp::ui
