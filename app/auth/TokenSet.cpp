#include "TokenSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pmp::auth {

bool TokenSet::accessTokenValidFor(const QDateTime &now, int marginSecs) const
{
    if (accessToken.isEmpty())
        return false;
    if (!accessTokenExpiresAt.isValid())
        return true;
    return now.addSecs(marginSecs) < accessTokenExpiresAt;
}

void TokenSet::recordMint(const QDateTime &now)
{
    mintTimes.append(now.toUTC());
    while (mintTimes.size() > 10)
        mintTimes.removeFirst();
}

QList<QByteArray> TokenSet::secrets() const
{
    QList<QByteArray> list;
    for (const QByteArray &s : {refreshToken, accessToken, clientSecret})
        if (!s.isEmpty())
            list.append(s);
    return list;
}

QByteArray TokenSet::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken));
    if (!accessToken.isEmpty())
        o.insert(QStringLiteral("access_token"), QString::fromUtf8(accessToken));
    if (accessTokenExpiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), accessTokenExpiresAt.toUTC().toString(Qt::ISODate));
    if (!grantedScopes.isEmpty())
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(grantedScopes));
    if (!clientSecret.isEmpty())
        o.insert(QStringLiteral("client_secret"), QString::fromUtf8(clientSecret));
    if (!mintTimes.isEmpty()) {
        QJsonArray mints;
        for (const QDateTime &t : mintTimes)
            mints.append(t.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("mints"), mints);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::fromJson(const QByteArray &json, bool *ok)
{
    TokenSet t;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isObject();
    if (!doc.isObject())
        return t;
    const QJsonObject o = doc.object();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
    t.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
    const QString expires = o.value(QStringLiteral("expires_at")).toString();
    if (!expires.isEmpty())
        t.accessTokenExpiresAt = QDateTime::fromString(expires, Qt::ISODate).toUTC();
    for (const QJsonValue &v : o.value(QStringLiteral("scopes")).toArray())
        t.grantedScopes << v.toString();
    t.clientSecret = o.value(QStringLiteral("client_secret")).toString().toUtf8();
    for (const QJsonValue &v : o.value(QStringLiteral("mints")).toArray()) {
        const QDateTime when = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (when.isValid())
            t.mintTimes.append(when.toUTC());
    }
    return t;
}

} // namespace pmp::auth
