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
// sent; the message then says how to revoke it by hand.
class SignOut : public QObject
{
    Q_OBJECT
public:
    SignOut(TokenStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);

    // With no tokens given, they are read from the store first.
    void start(const Profile &profile);
    void start(const Profile &profile, const TokenSet &tokens);

signals:
    // revoked: Zoho confirmed; removed: the keychain entry is gone. `message` sums it up for people.
    void finished(bool revoked, bool removed, const QString &message);

private:
    void removeLocal(const Profile &profile, bool revoked, const QString &revokeProblem);

    QPointer<TokenStore> m_store;
    TokenEndpoint m_endpoint;
};

} // namespace pmp::auth
