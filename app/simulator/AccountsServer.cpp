#include "AccountsServer.h"
#include "Latin1.h"

#include "api/QueryEncoding.h"
#include "api/Transport.h"

#include "ConsentPage.h"
#include "FormQuery.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pmp::sim {

namespace {

constexpr qint64 CodeWindowMs = 10 * 60 * 1000;
constexpr int CodesPerWindow = 10;

// Decoded pairs in a QUrlQuery that gives each value back unchanged through queryItemValue(name,
// QUrl::FullyDecoded): added encoded, so a '%' or '+' inside a value is not read again.
void addDecoded(QUrlQuery *into, const FormQuery::Pairs &pairs)
{
    for (const auto &pair : pairs)
        if (!into->hasQueryItem(api::QueryEncoding::encoded(pair.first)))
            api::QueryEncoding::add(*into, pair.first, pair.second);
}

// The query string and form bodies as Zoho's servlet container reads them ('+' is a space).
QUrlQuery formQuery(const QByteArray &body)
{
    QUrlQuery q;
    addDecoded(&q, FormQuery::parse(body));
    return q;
}

// multipart/form-data, as "form-data" in the guide may be read literally (reference §1.6).
void parseMultipart(const QByteArray &body, const QByteArray &contentType, QUrlQuery *into)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start, next - start);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = part.left(headerEnd);
            QByteArray value = part.mid(headerEnd + 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            const QRegularExpression nameRe(QStringLiteral("name=\"([^\"]*)\""));
            const auto m = nameRe.match(QString::fromUtf8(headers));
            if (m.hasMatch())
                api::QueryEncoding::add(*into, m.captured(1), QString::fromUtf8(value));
        }
        pos = next;
    }
}

QString jsonString(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), s("\\\\")).replace(QLatin1Char('"'), s("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

AccountsServer::AccountsServer(TokenStore &tokens, const ResponseWriter &writer, const SimClock &clock,
                               QString clientId, QString clientSecret)
    : m_tokens(tokens), m_writer(writer), m_clock(clock), m_clientId(std::move(clientId)),
      m_clientSecret(std::move(clientSecret))
{
}

bool AccountsServer::isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("http") && api::Transport::isLoopbackHost(url.host());
}

QUrlQuery AccountsServer::parameters(const SimRequest &request)
{
    // Body first, then the query string (the refresh grant and revoke use the query, reference Q3).
    QUrlQuery merged;
    const QByteArray type = request.header("content-type").toLower();
    if (type.startsWith("multipart/form-data"))
        parseMultipart(request.body, request.header("content-type"), &merged);
    else if (!request.body.isEmpty())
        merged = formQuery(request.body);
    addDecoded(&merged, FormQuery::parse(request.query));
    return merged;
}

SimResponse AccountsServer::handle(const SimRequest &request)
{
    const QString &path = request.path;
    auto method = [&](const char *m) { return request.method == QLatin1String(m); };
    auto notAllowed = [&](const char *allow) {
        SimResponse r = tokenError(s("invalid_request"), s("Method %1 is not allowed here").arg(request.method), 405);
        r.headers.append({QByteArrayLiteral("Allow"), QByteArray(allow)});
        return r;
    };
    if (path == QLatin1String("/oauth/v2/auth"))
        return method("GET") ? authorize(request) : notAllowed("GET");
    if (path == QLatin1String("/oauth/v2/auth/consent"))
        return method("POST") ? decide(request) : notAllowed("POST");
    if (path == QLatin1String("/oauth/v2/token")) {
        ++m_tokenRequests;
        return method("POST") ? token(request) : notAllowed("POST");
    }
    if (path == QLatin1String("/oauth/v2/token/revoke"))
        return method("POST") ? revoke(request) : notAllowed("POST");
    return SimResponse::make(
        404, QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"error\":\"invalid_request\",\"error_description\":\"Unknown accounts endpoint\"}"));
}

SimResponse AccountsServer::errorPage(const QString &error, const QString &description) const
{
    return SimResponse::make(400, QByteArrayLiteral("text/html;charset=UTF-8"),
                             ConsentPage::error(error, description).toUtf8());
}

SimResponse AccountsServer::tokenError(const QString &error, const QString &description, int status) const
{
    // Zoho answers token errors inside HTTP 200; without --quirks the simulator uses 400.
    const QJsonObject body{{s("error"), error}, {s("error_description"), description}};
    SimResponse r = m_writer.json(m_writer.quirks() && status == 400 ? 200 : status, body);
    r.contentType = QByteArrayLiteral("application/json;charset=UTF-8");
    return r;
}

SimResponse AccountsServer::authorize(const SimRequest &request)
{
    const QUrlQuery q = formQuery(request.query.query(QUrl::FullyEncoded).toUtf8());
    auto param = [&](const char *name) { return q.queryItemValue(s(name), QUrl::FullyDecoded).trimmed(); };
    if (param("response_type") != QLatin1String("code") || param("client_id").isEmpty() || param("scope").isEmpty() ||
        param("redirect_uri").isEmpty())
        return errorPage(s("ERROR_invalid_response_type"),
                         s("response_type must be \"code\" and client_id, scope and redirect_uri are mandatory."));
    if (param("client_id") != m_clientId)
        return errorPage(s("ERROR_invalid_client"), s("The client ID is wrong or empty."));
    const QUrl redirect(param("redirect_uri"));
    if (!isLoopbackRedirect(redirect))
        return errorPage(s("ERROR_invalid_redirect_uri"),
                         s("The redirect URI does not match the one registered for this client (any http://127.0.0.1, "
                           "http://[::1] or http://localhost address)."));
    QStringList scopes;
    for (const QString &raw : param("scope").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString scope = raw.trimmed();
        if (!TokenStore::isKnownScope(scope))
            return errorPage(s("ERROR_invalid_scope"), s("The scope \"%1\" is invalid.").arg(scope));
        if (!scopes.contains(scope))
            scopes << scope;
    }
    if (scopes.isEmpty())
        return errorPage(s("ERROR_invalid_scope"), s("No scope was requested."));
    const QString accessType = param("access_type").toLower();
    if (!accessType.isEmpty() && accessType != QLatin1String("online") && accessType != QLatin1String("offline"))
        return errorPage(s("ERROR_invalid_access_type"), s("access_type must be online or offline."));
    Pending pending;
    pending.clientId = m_clientId;
    pending.redirectUri = param("redirect_uri");
    pending.scopes = scopes;
    pending.state = q.queryItemValue(s("state"), QUrl::FullyDecoded);
    pending.offline = accessType == QLatin1String("offline");
    pending.challenge = param("code_challenge");
    pending.challengeMethod = param("code_challenge_method");
    if (!pending.challenge.isEmpty() && pending.challengeMethod.isEmpty())
        pending.challengeMethod = s("plain");
    if (!pending.challenge.isEmpty() && pending.challengeMethod != QLatin1String("S256") &&
        pending.challengeMethod != QLatin1String("plain"))
        return errorPage(s("ERROR_invalid_code_challenge_method"), s("code_challenge_method must be S256 or plain."));
    QByteArray ticketBytes(18, Qt::Uninitialized);
    for (char &c : ticketBytes)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString ticket = QString::fromLatin1(ticketBytes.toBase64(QByteArray::Base64UrlEncoding));
    m_pending.insert(ticket, pending);
    const QString html = ConsentPage::consent(s("PatchDeck"), m_clientId, scopes, redirect.host(), ticket);
    return SimResponse::make(200, QByteArrayLiteral("text/html;charset=UTF-8"), html.toUtf8());
}

SimResponse AccountsServer::decide(const SimRequest &request)
{
    const QUrlQuery form = parameters(request);
    const QString ticket = form.queryItemValue(s("ticket"), QUrl::FullyDecoded);
    if (!m_pending.contains(ticket))
        return errorPage(s("ERROR_invalid_request"), s("This sign-in request has expired or was already answered."));
    const Pending pending = m_pending.take(ticket);
    QUrl target(pending.redirectUri);
    QUrlQuery query(target);
    const QString decision = form.queryItemValue(s("decision")).toLower();
    const qint64 now = m_clock.elapsedMs();
    while (!m_codesIssuedMs.isEmpty() && now - m_codesIssuedMs.first() >= CodeWindowMs)
        m_codesIssuedMs.removeFirst();
    if (decision != QLatin1String("accept")) {
        query.addQueryItem(s("error"), s("access_denied"));
    } else if (m_codesIssuedMs.size() >= CodesPerWindow) {
        // "You can generate a maximum of 10 authorization code in a span of 10 minutes per client ID."
        query.addQueryItem(s("error"), s("access_denied"));
        query.addQueryItem(s("error_description"), s("Too many authorization codes in 10 minutes"));
    } else {
        m_codesIssuedMs.append(now);
        TokenStore::AuthCode code;
        code.scopes = pending.scopes;
        code.clientId = pending.clientId;
        code.redirectUri = pending.redirectUri;
        code.offline = pending.offline;
        code.challenge = pending.challenge;
        code.challengeMethod = pending.challengeMethod;
        query.addQueryItem(s("code"), m_tokens.mintCode(code));
        query.addQueryItem(s("location"), s("us"));
        query.addQueryItem(s("accounts-server"), m_baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
    }
    if (!pending.state.isEmpty())
        query.addQueryItem(s("state"), pending.state);
    // Encode everything that is not unreserved, so values survive any client's query parsing.
    QUrlQuery encoded;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                             QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    target.setQuery(encoded.query(QUrl::FullyEncoded), QUrl::StrictMode);
    SimResponse r = SimResponse::make(302, QByteArrayLiteral("text/html;charset=UTF-8"), QByteArray());
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return r;
}

SimResponse AccountsServer::token(const SimRequest &request)
{
    const QUrlQuery p = parameters(request);
    auto param = [&](const char *name) { return p.queryItemValue(s(name), QUrl::FullyDecoded).trimmed(); };
    const QString grant = param("grant_type");
    if (grant != QLatin1String("authorization_code") && grant != QLatin1String("refresh_token"))
        return tokenError(s("unsupported_grant_type"), s("grant_type must be authorization_code or refresh_token"));
    if (param("client_id") != m_clientId || param("client_secret") != m_clientSecret)
        return tokenError(s("invalid_client"), s("The client ID or client secret is invalid"));
    const int lifetime = m_tokens.accessLifetimeSecs();

    if (grant == QLatin1String("refresh_token")) {
        QString access;
        switch (m_tokens.refresh(param("refresh_token"), m_clientId, &access)) {
        case TokenStore::RefreshResult::Unknown:
            return tokenError(s("invalid_code"), s("The refresh token is invalid or revoked"));
        case TokenStore::RefreshResult::Throttled: {
            // Verbatim throttle body of reference §1.10.
            SimResponse r = SimResponse::make(
                m_writer.quirks() ? 200 : 400, QByteArrayLiteral("application/json;charset=UTF-8"),
                QByteArrayLiteral(
                    "{\"error_description\":\"You have made too many requests continuously. Please try again "
                    "after some time.\",\"error\":\"Access Denied\"}"));
            return r;
        }
        case TokenStore::RefreshResult::Ok:
            break;
        }
        // Verbatim shape and order of reference §1.7 (no refresh_token).
        const QString body = s("{\"access_token\":%1,\"expires_in\":%2,\"api_domain\":\"https://"
                               "www.zohoapis.com\",\"token_type\":\"Bearer\"}")
                                 .arg(jsonString(access))
                                 .arg(lifetime);
        return SimResponse::make(200, QByteArrayLiteral("application/json;charset=UTF-8"), body.toUtf8());
    }

    TokenStore::AuthCode code;
    switch (m_tokens.redeemCode(param("code"), m_clientId, param("redirect_uri"), param("code_verifier"), &code)) {
    case TokenStore::CodeResult::Unknown:
        return tokenError(s("invalid_code"), s("The authorization code is invalid"));
    case TokenStore::CodeResult::Used:
        return tokenError(s("invalid_code"), s("The authorization code has already been used"));
    case TokenStore::CodeResult::Expired:
        return tokenError(s("invalid_code"), s("The authorization code has expired"));
    case TokenStore::CodeResult::ClientMismatch:
        return tokenError(s("invalid_client"), s("The authorization code was issued to another client"));
    case TokenStore::CodeResult::RedirectMismatch:
        return tokenError(s("invalid_redirect_uri"),
                          s("redirect_uri does not match the one of the authorization request"));
    case TokenStore::CodeResult::VerifierMissing:
        return tokenError(s("invalid_code"), s("code_verifier is required for this authorization code (PKCE)"));
    case TokenStore::CodeResult::VerifierMismatch:
        return tokenError(s("invalid_code"), s("code_verifier does not match the code_challenge"));
    case TokenStore::CodeResult::Ok:
        break;
    }
    QString refresh;
    if (code.offline)
        refresh = m_tokens.mintRefreshToken(code.scopes, m_clientId);
    const QString access = m_tokens.mintAccessToken(code.scopes, refresh);
    // Verbatim shape and order of reference §1.6; refresh_token only for access_type=offline.
    QString body = s("{\"access_token\":%1,").arg(jsonString(access));
    if (!refresh.isEmpty())
        body += s("\"refresh_token\":%1,").arg(jsonString(refresh));
    body += s("\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\",\"expires_in\":%1}").arg(lifetime);
    return SimResponse::make(200, QByteArrayLiteral("application/json;charset=UTF-8"), body.toUtf8());
}

SimResponse AccountsServer::revoke(const SimRequest &request)
{
    const QString token = parameters(request).queryItemValue(s("token"), QUrl::FullyDecoded).trimmed();
    if (token.isEmpty())
        return tokenError(s("invalid_request"), s("token is mandatory"));
    m_tokens.revoke(token); // unknown tokens are accepted silently, as RFC 7009 asks
    return SimResponse::make(200, QByteArrayLiteral("application/json;charset=UTF-8"),
                             QByteArrayLiteral("{\"status\":\"success\"}"));
}

} // namespace pmp::sim
