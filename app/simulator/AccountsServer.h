#pragma once

#include "ResponseWriter.h"
#include "SimClock.h"
#include "SimRequest.h"
#include "SimResponse.h"
#include "TokenStore.h"

#include <QHash>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

namespace pmp::sim {

// The Zoho accounts endpoints on the simulator's own port:
//   GET  /oauth/v2/auth            consent page (or an ERROR_invalid_* page)
//   POST /oauth/v2/auth/consent    the page's form: Accept -> 302 with code, Reject -> error=access_denied
//   POST /oauth/v2/token           authorization_code and refresh_token grants (form body or query)
//   POST /oauth/v2/token/revoke    revokes a refresh token and every access token minted from it
class AccountsServer
{
public:
    AccountsServer(TokenStore &tokens, const ResponseWriter &writer, const SimClock &clock, QString clientId,
                   QString clientSecret);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    SimResponse handle(const SimRequest &request);
    int tokenRequests() const { return m_tokenRequests; }

    static bool isLoopbackRedirect(const QUrl &url);

private:
    SimResponse authorize(const SimRequest &request);
    SimResponse decide(const SimRequest &request);
    SimResponse token(const SimRequest &request);
    SimResponse revoke(const SimRequest &request);
    SimResponse tokenError(const QString &error, const QString &description, int status = 400) const;
    SimResponse errorPage(const QString &error, const QString &description) const;
    static QUrlQuery parameters(const SimRequest &request);

    struct Pending
    {
        QString clientId, redirectUri, state, challenge, challengeMethod;
        QStringList scopes;
        bool offline = false;
    };

    TokenStore &m_tokens;
    const ResponseWriter &m_writer;
    const SimClock &m_clock;
    QString m_clientId, m_clientSecret;
    QUrl m_baseUrl;
    QHash<QString, Pending> m_pending; // consent tickets
    QList<qint64> m_codesIssuedMs;     // for the 10 codes per 10 minutes per client limit
    int m_tokenRequests = 0;
};

} // namespace pmp::sim
