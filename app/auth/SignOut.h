#pragma once

#include "Profile.h"
#include "TokenEndpoint.h"
#include "TokenSet.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace pmp::auth {

class TokenStore;

// Signing out of a profile: revoke the refresh token at the profile's accounts server (reference
// §1.8), then delete the keychain entry. The local copy goes even when the revocation cannot be
// sent; the message then says how to revoke it by hand. When the keychain entry cannot be deleted
// (the keychain is unavailable, or the session keeps its sign-in in memory only) the sign-out
// still ends the session, and the message says the keychain copy may remain and why.
class SignOut : public QObject
{
    Q_OBJECT
public:
    SignOut(TokenStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);

    // With no tokens given, they are read from the store first.
    void start(const Profile &profile);
    void start(const Profile &profile, const TokenSet &tokens);

signals:
    // revoked: Zoho confirmed; removed: the keychain entry is gone (not merely this session's copy).
    // `message` sums up what was and was not removed, for people.
    void finished(bool revoked, bool removed, const QString &message);

private:
    void removeLocal(const Profile &profile, bool revoked, const QString &revokeProblem);
    static QString summary(const Profile &profile, bool revoked, const QString &revokeProblem, bool removed,
                           const QString &storeProblem, const QString &service);

    QPointer<TokenStore> m_store;
    TokenEndpoint m_endpoint;
};

} // namespace pmp::auth
