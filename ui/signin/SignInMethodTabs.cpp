#include "SignInMethodTabs.h"

#include "BrowserSignInPage.h"
#include "CloudSignInFields.h"
#include "OnPremisesSignInPage.h"
#include "SelfClientSignInPage.h"
#include "SignInHelp.h"

#include "auth/OAuthAuthenticator.h"
#include "auth/Profile.h"

#include <QTabBar>

namespace pmp::ui {

using namespace pmp::auth;

SignInMethodTabs::SignInMethodTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("methodTabs"));
    setAccessibleName(tr("Sign-in method"));
    tabBar()->setAccessibleName(tr("Sign-in method"));
    // Made in the order of the tab chain: the cloud fields come first on the page that shows them.
    m_cloudFields = new CloudSignInFields(this);
    m_browserPage = new BrowserSignInPage(this);
    addTab(m_browserPage, tr("&Browser (recommended)"));
    m_selfClientPage = new SelfClientSignInPage(this);
    addTab(m_selfClientPage, tr("Self Client &code"));
    m_onPremPage = new OnPremisesSignInPage(this);
    addTab(m_onPremPage, tr("&On-premises server"));
    connect(this, &QTabWidget::currentChanged, this, &SignInMethodTabs::moveCloudFields);
    moveCloudFields();

    connect(m_cloudFields, &CloudSignInFields::dataCentreChanged, this, &SignInMethodTabs::dataCentreChanged);
    connect(m_cloudFields, &CloudSignInFields::changed, this, &SignInMethodTabs::fieldsChanged);
    connect(m_browserPage, &BrowserSignInPage::redirectChanged, this, &SignInMethodTabs::helpChanged);
    connect(m_selfClientPage, &SelfClientSignInPage::scopesChanged, this, &SignInMethodTabs::helpChanged);
    connect(m_selfClientPage, &SelfClientSignInPage::codeChanged, this, &SignInMethodTabs::fieldsChanged);
    connect(m_onPremPage, &OnPremisesSignInPage::changed, this, &SignInMethodTabs::fieldsChanged);
    connect(m_onPremPage, &OnPremisesSignInPage::serverEdited, this, &SignInMethodTabs::serverEdited);
}

void SignInMethodTabs::moveCloudFields()
{
    // The cloud fields are shared by the Browser and Self Client pages: move them along.
    if (currentWidget() == m_browserPage)
        m_browserPage->showCloudFields(m_cloudFields);
    else if (currentWidget() == m_selfClientPage)
        m_selfClientPage->showCloudFields(m_cloudFields);
    m_cloudFields->setVisible(currentWidget() != m_onPremPage);
}

Profile SignInMethodTabs::profile(QString *problem) const
{
    Profile p;
    if (currentWidget() == m_onPremPage) {
        p.kind = Profile::Kind::OnPremises;
        p.method = Profile::Method::OnPremisesToken;
        p.dataCentreId.clear();
        p.serverUrl = m_onPremPage->serverUrl();
        *problem = m_onPremPage->problem();
        return p;
    }
    const bool browser = currentWidget() == m_browserPage;
    const DataCentre dc = m_cloudFields->dataCentre();
    p.kind = Profile::Kind::Cloud;
    p.method = browser ? Profile::Method::Browser : Profile::Method::SelfClient;
    p.dataCentreId = dc.id;
    p.serverUrl = dc.serverUrl;
    p.accountsUrl = dc.accountsUrl;
    p.clientId = m_cloudFields->clientId();
    p.clientHasSecret = !m_cloudFields->clientSecret().isEmpty();
    p.redirectPort = browser ? m_browserPage->redirectPort() : 0;
    *problem = m_cloudFields->problem();
    if (problem->isEmpty() && !browser)
        *problem = m_selfClientPage->problem();
    return p;
}

void SignInMethodTabs::setProfile(const Profile &profile)
{
    if (profile.kind == Profile::Kind::OnPremises) {
        setCurrentWidget(m_onPremPage);
        m_onPremPage->setServerUrl(profile.serverUrl);
        return;
    }
    m_cloudFields->setProfile(profile);
    m_browserPage->setRedirectPort(profile.redirectPort);
    setCurrentWidget(profile.method == Profile::Method::SelfClient ? static_cast<QWidget *>(m_selfClientPage)
                                                                   : m_browserPage);
}

void SignInMethodTabs::offerClientSecret(const QString &secret)
{
    m_cloudFields->offerClientSecret(secret);
}

QString SignInMethodTabs::suggestedName() const
{
    return currentWidget() == m_onPremPage ? m_onPremPage->suggestedName() : m_cloudFields->suggestedName();
}

QString SignInMethodTabs::help() const
{
    if (currentWidget() == m_browserPage)
        return SignInHelp::browser(m_cloudFields->dataCentre(), m_browserPage->registeredRedirectUri(),
                                   OAuthAuthenticator::defaultScopes());
    if (currentWidget() == m_selfClientPage)
        return SignInHelp::selfClient(m_cloudFields->dataCentre(), m_selfClientPage->scopes());
    return SignInHelp::onPremises();
}

BrowserSignIn::Params SignInMethodTabs::browserParams(const Profile &profile) const
{
    BrowserSignIn::Params params;
    params.accountsUrl = profile.accountsUrl;
    params.clientId = profile.clientId;
    params.clientSecret = m_cloudFields->clientSecret().toUtf8();
    params.scopes = OAuthAuthenticator::defaultScopes();
    params.redirectPort = profile.redirectPort;
    return params;
}

SelfClientSignIn::Params SignInMethodTabs::selfClientParams(const Profile &profile) const
{
    SelfClientSignIn::Params params;
    params.accountsUrl = profile.accountsUrl;
    params.clientId = profile.clientId;
    params.clientSecret = m_cloudFields->clientSecret().toUtf8();
    params.code = m_selfClientPage->code();
    params.scopes = m_selfClientPage->scopes();
    return params;
}

OnPremisesSignIn::Params SignInMethodTabs::onPremisesParams(const Profile &profile) const
{
    return {profile.serverUrl, m_onPremPage->token().toUtf8()};
}

} // namespace pmp::ui
