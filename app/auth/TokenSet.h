#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace pmp::auth {

// What one profile keeps in the keychain, as one JSON blob: the refresh token, the current access
// token with its expiry (reused across restarts, since a refresh token may mint only 10 access
// tokens per 10 minutes), the granted scopes, the client secret, and when tokens were minted (so
// PatchDeck can tell when Zoho's limit will let it mint again). For an on-premises server the
// API token is the access token and it never expires.
struct TokenSet
{
    QByteArray refreshToken;
    QByteArray accessToken;
    QDateTime accessTokenExpiresAt; // UTC; invalid: never expires (on-premises token)
    QStringList grantedScopes;
    QByteArray clientSecret;
    QList<QDateTime> mintTimes; // UTC, newest last, at most 10

    bool isEmpty() const { return refreshToken.isEmpty() && accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // The access token can be used for at least `marginSecs` more seconds.
    bool accessTokenValidFor(const QDateTime &now, int marginSecs) const;
    void recordMint(const QDateTime &now);
    // Every secret in the set, for the log redactor.
    QList<QByteArray> secrets() const;

    QByteArray toJson() const;
    static TokenSet fromJson(const QByteArray &json, bool *ok = nullptr);
};

} // namespace pmp::auth
