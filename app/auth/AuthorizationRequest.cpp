#include "AuthorizationRequest.h"

#include "Pkce.h"

#include <QUrlQuery>

namespace pmp::auth {

QUrl AuthorizationRequest::url() const
{
    QUrl u = accountsUrl;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/oauth/v2/auth"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), clientId);
    // Scope names never contain spaces (reference Q6 shows stray ones in the guide): trim them.
    QStringList clean;
    for (const QString &s : scopes) {
        QString t = s;
        t.remove(QLatin1Char(' '));
        if (!t.isEmpty() && !clean.contains(t))
            clean << t;
    }
    q.addQueryItem(QStringLiteral("scope"), clean.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    q.addQueryItem(QStringLiteral("access_type"), offline ? QStringLiteral("offline") : QStringLiteral("online"));
    if (forceConsent)
        q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
    if (!codeChallenge.isEmpty()) {
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    // Commas and colons stay readable; everything else that needs it is encoded.
    u.setQuery(q.query(QUrl::FullyEncoded));
    return u;
}

QByteArray AuthorizationRequest::newState()
{
    return Pkce::randomUrlSafe(24);
}

} // namespace pmp::auth
