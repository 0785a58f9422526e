#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace pmp::auth {

// The browser half of the authorization-code flow (reference §1.5): everything that goes into
// {accounts}/oauth/v2/auth. Pure data in, URL out, so every data centre's URL is unit-tested.
struct AuthorizationRequest
{
    QUrl accountsUrl; // https://accounts.zoho.eu
    QString clientId;
    QString redirectUri; // http://127.0.0.1:PORT/callback
    QStringList scopes;  // comma-joined as Zoho wants (§1.4)
    QByteArray state;
    QByteArray codeChallenge; // S256; empty: no PKCE
    bool offline = true;      // access_type=offline: a refresh token is wanted
    bool forceConsent = true; // prompt=consent: Zoho issues a refresh token only on consent

    QUrl url() const;
    static QByteArray newState();
};

} // namespace pmp::auth
