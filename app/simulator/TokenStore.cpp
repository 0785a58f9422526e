#include "TokenStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include "api/Operation.h"

namespace pmp::sim {

namespace {

constexpr qint64 ThrottleWindowMs = 10 * 60 * 1000;
constexpr int ThrottleLimit = 10;
constexpr int ActiveTokensPerRefresh = 10;

} // namespace

TokenStore::TokenStore(const SimClock &clock, int accessLifetimeSecs, int codeLifetimeSecs)
    : m_clock(clock), m_accessLifetimeSecs(accessLifetimeSecs), m_codeLifetimeSecs(codeLifetimeSecs)
{
}

QString TokenStore::randomToken() const
{
    // Zoho tokens look like 1000.<32 hex>.<32 hex>; these are random, never derived from the seed.
    auto hex = [] {
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        return QString::fromLatin1(bytes.toHex());
    };
    return QStringLiteral("1000.") + hex() + QLatin1Char('.') + hex();
}

QString TokenStore::mintAccessToken(const QStringList &scopes, const QString &refreshToken)
{
    const QString token = randomToken();
    AccessToken t;
    t.scopes = scopes;
    t.expiresAtMs = m_clock.elapsedMs() + qint64(m_accessLifetimeSecs) * 1000;
    t.refreshToken = refreshToken;
    m_access.insert(token, t);
    if (!refreshToken.isEmpty()) {
        RefreshToken &r = m_refresh[refreshToken];
        r.accessTokens.append(token);
        while (r.accessTokens.size() > ActiveTokensPerRefresh)
            m_access[r.accessTokens.takeFirst()].revoked = true;
    }
    return token;
}

QString TokenStore::mintCode(const AuthCode &code)
{
    QString value = randomToken();
    AuthCode c = code;
    c.expiresAtMs = m_clock.elapsedMs() + qint64(m_codeLifetimeSecs) * 1000;
    m_codes.insert(value, c);
    return value;
}

TokenStore::CodeResult TokenStore::redeemCode(const QString &code, const QString &clientId, const QString &redirectUri,
                                              const QString &verifier, AuthCode *redeemed)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return CodeResult::Unknown;
    if (it->used)
        return CodeResult::Used;
    if (m_clock.elapsedMs() >= it->expiresAtMs)
        return CodeResult::Expired;
    if (it->clientId != clientId)
        return CodeResult::ClientMismatch;
    if (!it->redirectUri.isEmpty() && it->redirectUri != redirectUri)
        return CodeResult::RedirectMismatch;
    if (!it->challenge.isEmpty()) {
        if (verifier.isEmpty())
            return CodeResult::VerifierMissing;
        QString computed = verifier;
        if (it->challengeMethod.compare(QLatin1String("S256"), Qt::CaseInsensitive) == 0)
            computed =
                QString::fromLatin1(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (computed != it->challenge)
            return CodeResult::VerifierMismatch;
    }
    it->used = true; // single use
    *redeemed = *it;
    return CodeResult::Ok;
}

QString TokenStore::mintRefreshToken(const QStringList &scopes, const QString &clientId)
{
    const QString token = randomToken();
    RefreshToken r;
    r.scopes = scopes;
    r.clientId = clientId;
    m_refresh.insert(token, r);
    return token;
}

TokenStore::RefreshResult TokenStore::refresh(const QString &refreshToken, const QString &clientId,
                                              QString *accessToken)
{
    auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || it->revoked || it->clientId != clientId)
        return RefreshResult::Unknown;
    const qint64 now = m_clock.elapsedMs();
    while (!it->mintedAtMs.isEmpty() && now - it->mintedAtMs.first() >= ThrottleWindowMs)
        it->mintedAtMs.removeFirst();
    if (it->mintedAtMs.size() >= ThrottleLimit)
        return RefreshResult::Throttled;
    it->mintedAtMs.append(now);
    const QStringList scopes = it->scopes;
    *accessToken = mintAccessToken(scopes, refreshToken);
    return RefreshResult::Ok;
}

void TokenStore::revoke(const QString &token)
{
    auto r = m_refresh.find(token);
    if (r != m_refresh.end()) {
        r->revoked = true;
        for (const QString &a : std::as_const(r->accessTokens))
            m_access[a].revoked = true;
        return;
    }
    auto a = m_access.find(token);
    if (a != m_access.end())
        a->revoked = true;
}

void TokenStore::expireAllAccessTokens()
{
    const qint64 now = m_clock.elapsedMs();
    for (auto it = m_access.begin(); it != m_access.end(); ++it)
        it->expiresAtMs = std::min(it->expiresAtMs, now);
}

TokenStore::Access TokenStore::check(const QString &token, QStringList *scopes) const
{
    if (token.isEmpty())
        return Access::Missing;
    if (!m_staticToken.isEmpty() && token == m_staticToken) {
        *scopes = api::allScopeNames();
        return Access::Valid;
    }
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->revoked || m_clock.elapsedMs() >= it->expiresAtMs)
        return Access::Invalid;
    *scopes = it->scopes;
    return Access::Valid;
}

bool TokenStore::grants(const QStringList &granted, const QString &required)
{
    const QStringList want = required.split(QLatin1Char('.'));
    if (want.size() != 3)
        return false;
    for (const QString &g : granted) {
        const QStringList have = g.trimmed().split(QLatin1Char('.'));
        if (have.size() != 3 || have.at(0).compare(want.at(0), Qt::CaseInsensitive) != 0 ||
            have.at(1).compare(want.at(1), Qt::CaseInsensitive) != 0)
            continue;
        const QString op = have.at(2).toUpper();
        const QString need = want.at(2).toUpper();
        if (op == need || op == QLatin1String("ALL"))
            return true;
        if (op == QLatin1String("WRITE") &&
            (need == QLatin1String("UPDATE") || need == QLatin1String("CREATE") || need == QLatin1String("DELETE")))
            return true;
    }
    return false;
}

bool TokenStore::isKnownScope(const QString &scope)
{
    const QStringList parts = scope.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("PatchManagerPlusCloud"))
        return false;
    static const QStringList names{QStringLiteral("PatchMgmt"), QStringLiteral("QueryReport"), QStringLiteral("SOM"),
                                   QStringLiteral("Common")};
    static const QStringList ops{QStringLiteral("ALL"),    QStringLiteral("READ"),  QStringLiteral("CREATE"),
                                 QStringLiteral("UPDATE"), QStringLiteral("WRITE"), QStringLiteral("DELETE"),
                                 QStringLiteral("CUSTOM")};
    return names.contains(parts.at(1)) && ops.contains(parts.at(2));
}

} // namespace pmp::sim
