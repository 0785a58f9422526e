#include "BrowserSignInPage.h"

#include "auth/Profile.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace pmp::ui {

using pmp::auth::Profile;

namespace {

constexpr quint16 kDefaultFixedPort = 47613;

} // namespace

BrowserSignInPage::BrowserSignInPage(QWidget *parent)
    : SignInPage(QStringLiteral("browserPage"),
                 tr("Sign in on Zoho's page in your browser, with a client registered once in the API console. "
                    "PatchDeck stays signed in for weeks and asks for write permission only when you first need it."),
                 parent)
{
    auto *form = new QFormLayout;
    auto *portRow = new QHBoxLayout;
    m_fixedPort = new QCheckBox(tr("Use a fixed &port:"), this);
    m_fixedPort->setObjectName(QStringLiteral("fixedPort"));
    m_fixedPort->setChecked(true);
    m_fixedPort->setToolTip(tr("Zoho compares the redirect URI exactly, so the port registered in the API console "
                               "must be the one PatchDeck listens on."));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("redirectPort"));
    m_port->setAccessibleName(tr("Redirect port"));
    m_port->setRange(1024, 65535);
    m_port->setValue(kDefaultFixedPort);
    portRow->addWidget(m_fixedPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    form->addRow(tr("Redirect:"), portRow);
    auto *uriRow = new QHBoxLayout;
    m_redirectUri = new QLineEdit(this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setReadOnly(true);
    uriRow->addWidget(m_redirectUri, 1);
    uriRow->addWidget(copyButton(QStringLiteral("copyRedirectUri"), tr("Copy the redirect URI to register"),
                                 [this] { return m_redirectUri->text(); }));
    form->addRow(tr("Redirect URI:"), uriRow);
    connect(m_fixedPort, &QCheckBox::toggled, this, [this](bool on) {
        m_port->setEnabled(on);
        updateRedirectUri();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &BrowserSignInPage::updateRedirectUri);
    addForm(form);
    updateRedirectUri();
}

quint16 BrowserSignInPage::redirectPort() const
{
    return m_fixedPort->isChecked() ? quint16(m_port->value()) : 0;
}

void BrowserSignInPage::setRedirectPort(quint16 port)
{
    m_fixedPort->setChecked(port != 0);
    if (port != 0)
        m_port->setValue(port);
}

QString BrowserSignInPage::registeredRedirectUri() const
{
    return m_fixedPort->isChecked() ? Profile::redirectUriFor(quint16(m_port->value())) : QString();
}

void BrowserSignInPage::updateRedirectUri()
{
    m_redirectUri->setText(m_fixedPort->isChecked() ? Profile::redirectUriFor(quint16(m_port->value()))
                                                    : tr("http://127.0.0.1:<any free port>/callback"));
    emit redirectChanged();
}

} // namespace pmp::ui
