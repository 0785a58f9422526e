#pragma once

#include "SimClock.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pmp::sim {

// Zoho accounts state: authorization codes, refresh tokens and access tokens, with the documented
// limits (reference §1.10): codes are single-use and short-lived, an access token lives
// accessTokenLifetimeSecs, a refresh token mints at most 10 access tokens per rolling 10 minutes and
// keeps at most 10 of them active (minting the 11th invalidates the oldest), and revoking a refresh
// token also ends every access token minted from it.
class TokenStore
{
public:
    struct AuthCode
    {
        QStringList scopes;
        QString clientId;
        QString redirectUri; // empty for Self Client codes: no redirect_uri needed on exchange
        bool offline = true;
        QString challenge; // PKCE
        QString challengeMethod;
        qint64 expiresAtMs = 0;
        bool used = false;
    };
    enum class Access
    {
        Valid,
        Missing,
        Invalid
    };
    enum class CodeResult
    {
        Ok,
        Unknown,
        Expired,
        Used,
        ClientMismatch,
        RedirectMismatch,
        VerifierMissing,
        VerifierMismatch
    };
    enum class RefreshResult
    {
        Ok,
        Unknown,
        Throttled
    };

    TokenStore(const SimClock &clock, int accessLifetimeSecs, int codeLifetimeSecs);

    void setStaticToken(const QString &token) { m_staticToken = token; }
    QString staticToken() const { return m_staticToken; }
    int accessLifetimeSecs() const { return m_accessLifetimeSecs; }

    QString mintAccessToken(const QStringList &scopes, const QString &refreshToken = {});
    QString mintCode(const AuthCode &code);
    CodeResult redeemCode(const QString &code, const QString &clientId, const QString &redirectUri,
                          const QString &verifier, AuthCode *redeemed);
    QString mintRefreshToken(const QStringList &scopes, const QString &clientId);
    RefreshResult refresh(const QString &refreshToken, const QString &clientId, QString *accessToken);
    void revoke(const QString &token);
    void expireAllAccessTokens();

    // Resource-server side: is this token usable, and with which scopes.
    Access check(const QString &token, QStringList *scopes) const;
    // Does a set of granted scopes satisfy `required` (e.g. PatchManagerPlusCloud.SOM.READ)?
    // ALL grants every operation of its scope name, WRITE grants CREATE/UPDATE/DELETE.
    static bool grants(const QStringList &granted, const QString &required);
    // A scope string the authorization endpoint accepts.
    static bool isKnownScope(const QString &scope);

private:
    struct AccessToken
    {
        QStringList scopes;
        qint64 expiresAtMs = 0;
        QString refreshToken;
        bool revoked = false;
    };
    struct RefreshToken
    {
        QStringList scopes;
        QString clientId;
        QList<qint64> mintedAtMs; // for the 10-per-10-minutes throttle
        QStringList accessTokens; // active ones, oldest first
        bool revoked = false;
    };
    QString randomToken() const;

    const SimClock &m_clock;
    int m_accessLifetimeSecs;
    int m_codeLifetimeSecs;
    QString m_staticToken;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
    QHash<QString, AuthCode> m_codes;
};

} // namespace pmp::sim
