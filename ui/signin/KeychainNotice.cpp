#include "KeychainNotice.h"

#include "auth/TokenStore.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pmp::ui {

KeychainNotice::KeychainNotice(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("keychainWarning"));
    // Only the frame and its text are styled: a style sheet on the check box would replace its
    // native indicator.
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("keychainText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_sessionOnly = new QCheckBox(tr("Keep my sign-in for this session only (sign in again after restarting "
                                     "PatchDeck)"),
                                  this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    StatusColors::keepStyled(this, [this] { restyle(); });
    connect(m_sessionOnly, &QCheckBox::toggled, this, &KeychainNotice::changed);
    layout->addWidget(m_text);
    layout->addWidget(m_sessionOnly);
    hide();
}

bool KeychainNotice::sessionOnly() const
{
    return m_sessionOnly->isChecked();
}

void KeychainNotice::follow(pmp::auth::TokenStore *store)
{
    using pmp::auth::TokenStore;
    if (!store)
        return;
    connect(store, &TokenStore::availabilityChanged, this, [this, store] { showAvailability(store); });
    if (store->availability() == TokenStore::Availability::Unknown)
        store->probe();
    showAvailability(store);
}

void KeychainNotice::showAvailability(const pmp::auth::TokenStore *store)
{
    using pmp::auth::TokenStore;
    const bool unavailable = store->availability() == TokenStore::Availability::Unavailable;
    if (unavailable) {
        m_text->setText(tr("<b>No keychain is available on this computer.</b> %1<br>PatchDeck never writes "
                           "tokens to a file. You can keep this sign-in in memory until PatchDeck closes.")
                            .arg(store->unavailableReason().toHtmlEscaped()));
        if (store->mode() == TokenStore::Mode::SessionOnly)
            m_sessionOnly->setChecked(true);
    }
    setVisible(unavailable || isVisible());
    emit changed();
}

void KeychainNotice::showNotStored(const QString &message)
{
    show();
    m_text->setText(tr("<b>The keychain did not store the sign-in.</b> %1").arg(message.toHtmlEscaped()));
}

void KeychainNotice::restyle()
{
    // Only the frame and its text are styled: a style sheet on the check box would replace its
    // native indicator, so the check box gets the notice's text colour through its palette. The
    // colours are chosen for the dialog's palette (the box's own is the style sheet's).
    const QPalette surrounding = StatusColors::surroundingPalette(this);
    const StatusColors::Box box = StatusColors::box(StatusColors::Status::Warning, surrounding);
    const QString sheet =
        StatusColors::boxStyleSheet(StatusColors::Status::Warning, surrounding, QStringLiteral("#keychainWarning")) +
        QStringLiteral(" #keychainText { color:%1; background:transparent; border:none; }").arg(box.foreground.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    QPalette text = m_sessionOnly->palette();
    if (text.color(QPalette::WindowText) != box.foreground) {
        text.setColor(QPalette::WindowText, box.foreground);
        m_sessionOnly->setPalette(text);
    }
}

} // namespace pmp::ui
