#include "OnPremisesSignInPage.h"

#include "auth/OnPremisesSignIn.h"

#include <QFormLayout>
#include <QLineEdit>

namespace pmp::ui {

using pmp::auth::OnPremisesSignIn;

OnPremisesSignInPage::OnPremisesSignInPage(QWidget *parent)
    : SignInPage(QStringLiteral("onPremPage"),
                 tr("For a Patch Manager Plus server in your own network: its address and an API token created in "
                    "its web console."),
                 parent)
{
    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("onPremServerUrl"));
    m_server->setPlaceholderText(QStringLiteral("https://patch.example.com:8383"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("onPremToken"));
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server URL:"), m_server);
    form->addRow(tr("API &token:"), m_token);
    for (QLineEdit *e : {m_server, m_token})
        connect(e, &QLineEdit::textChanged, this, &OnPremisesSignInPage::changed);
    connect(m_server, &QLineEdit::textEdited, this, &OnPremisesSignInPage::serverEdited);
    addForm(form);
}

QUrl OnPremisesSignInPage::serverUrl() const
{
    return OnPremisesSignIn::normalizeServerUrl(m_server->text());
}

void OnPremisesSignInPage::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toString());
}

QString OnPremisesSignInPage::token() const
{
    return m_token->text();
}

QString OnPremisesSignInPage::problem() const
{
    if (serverUrl().isEmpty())
        return tr("Enter the server URL.");
    if (m_token->text().trimmed().isEmpty())
        return tr("Paste the API token.");
    return {};
}

QString OnPremisesSignInPage::suggestedName() const
{
    const QUrl url = serverUrl();
    return url.host().isEmpty() ? tr("On-premises server") : url.host();
}

} // namespace pmp::ui
