#pragma once

#include "auth/BrowserSignIn.h"
#include "auth/OnPremisesSignIn.h"
#include "auth/SelfClientSignIn.h"

#include <QTabWidget>

namespace pmp::auth {
struct Profile;
} // namespace pmp::auth

namespace pmp::ui {

class BrowserSignInPage;
class CloudSignInFields;
class OnPremisesSignInPage;
class SelfClientSignInPage;

// The Sign-in dialog's choice of how to sign in: a tab per way (Browser, Self Client code,
// On-premises token), each with its page, and the cloud fields that the Browser and Self Client
// pages share, moved to the page shown. Says what the fields of the page shown make of a profile,
// what is still missing, what a sign-in flow starts from, the name a new profile gets and the help
// that goes with the page.
class SignInMethodTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit SignInMethodTabs(QWidget *parent = nullptr);

    // The page's fields as a profile, without its id and name; *problem says what keeps it from
    // signing in, or is left empty.
    pmp::auth::Profile profile(QString *problem) const;
    // Shows the profile's page, filled from the profile; its client secret is in the keychain entry.
    void setProfile(const pmp::auth::Profile &profile);
    // The client secret from the keychain entry, unless one was typed meanwhile.
    void offerClientSecret(const QString &secret);
    // A new profile's name: the data centre's, the simulator's or the on-premises server's.
    QString suggestedName() const;
    // The step-by-step help for the page shown and its fields.
    QString help() const;

    // What a sign-in flow starts from: `profile` (from profile()) and the secrets in the fields.
    pmp::auth::BrowserSignIn::Params browserParams(const pmp::auth::Profile &profile) const;
    pmp::auth::SelfClientSignIn::Params selfClientParams(const pmp::auth::Profile &profile) const;
    pmp::auth::OnPremisesSignIn::Params onPremisesParams(const pmp::auth::Profile &profile) const;

signals:
    // Another data centre, or another custom server or accounts URL.
    void dataCentreChanged();
    // The on-premises server URL was typed in.
    void serverEdited();
    // The redirect or the scopes changed: what the help shows.
    void helpChanged();
    // A field changed that "Sign in" depends on.
    void fieldsChanged();

private:
    void moveCloudFields();

    CloudSignInFields *m_cloudFields = nullptr;
    BrowserSignInPage *m_browserPage = nullptr;
    SelfClientSignInPage *m_selfClientPage = nullptr;
    OnPremisesSignInPage *m_onPremPage = nullptr;
};

} // namespace pmp::ui
