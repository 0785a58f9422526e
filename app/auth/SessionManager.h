#pragma once

#include "Profile.h"
#include "ProfileStore.h"
#include "SignInResult.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace pmp::api {
class Connection;
}

namespace pmp::auth {

class OAuthAuthenticator;

// The signed-in session of the current profile: turns a profile and its stored tokens into an
// api::Connection (OAuth for cloud, the raw token for on-premises), adopts fresh sign-ins, and
// switches between profiles without a restart (connectionChanged; the old connection is deleted
// after the signal, so receivers can swap their Client pointer first).
class SessionManager : public QObject
{
    Q_OBJECT
public:
    enum class Problem
    {
        None,
        NoTokens,
        KeychainUnavailable,
        KeychainError,
        UnknownProfile
    };
    Q_ENUM(Problem)

    SessionManager(ProfileStore *profiles, TokenStore *tokens, QObject *parent = nullptr);
    ~SessionManager() override;

    ProfileStore *profiles() const { return m_profiles; }
    TokenStore *tokenStore() const { return m_tokens; }
    // For sign-in flows and token calls (honours NetworkSettings like every other manager).
    QNetworkAccessManager *network() { return &m_network; }

    pmp::api::Connection *connection() const { return m_connection.get(); }
    Profile currentProfile() const { return m_current; }
    // The OAuth session of the current cloud profile (null on premises or when closed).
    OAuthAuthenticator *oauth() const;

    // Loads the profile's tokens and connects; ends with connectionChanged() or openFailed().
    void open(const QString &profileId);
    // Stores a completed sign-in (keychain, or memory in session-only mode), saves the profile and
    // connects with it. Ends with connectionChanged() or adoptFailed().
    void adopt(Profile profile, const SignInResult &result);
    // Drops the current connection (after sign-out or profile removal).
    void close();
    // Whether opening a profile makes it the one PatchDeck opens next time (on by default; off for a
    // background session, such as the tenants overview's, which must not change what the admin opens).
    void setRemembersCurrent(bool remembers) { m_remembersCurrent = remembers; }

    // The profile as a completed sign-in leaves it: the accounts server and data centre the
    // redirect named, the granted scopes, the storage mode.
    static Profile merged(Profile profile, const SignInResult &result, bool sessionOnly);

signals:
    void connectionChanged(pmp::api::Connection *connection, const pmp::auth::Profile &profile);
    void openFailed(const pmp::auth::Profile &profile, pmp::auth::SessionManager::Problem problem,
                    const QString &message);
    void adoptFailed(const pmp::auth::Profile &profile, pmp::auth::SessionManager::Problem problem,
                     const QString &message);
    // The current session ended for good (revoked): the admin must sign in again.
    void signInRequired(const pmp::auth::Profile &profile, const QString &message);
    // Passing news worth a status line (a throttled or postponed renewal, a keychain write that failed).
    void notice(const QString &message);

private:
    void connectWith(const Profile &profile, const TokenSet &tokens);

    QPointer<ProfileStore> m_profiles;
    QPointer<TokenStore> m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<pmp::api::Connection> m_connection;
    Profile m_current;
    bool m_remembersCurrent = true;
    int m_generation = 0; // ignores answers for an open() that a later one replaced
};

} // namespace pmp::auth
