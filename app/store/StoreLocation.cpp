#include "StoreLocation.h"

#include "Database.h"

namespace pmp::store {

QString StoreLocation::serverKey(const QUrl &server)
{
    QString key = QStringLiteral("server-%1-%2")
                      .arg(server.host().toLower())
                      .arg(server.port(server.scheme() == QLatin1String("http") ? 80 : 443));
    for (QChar &c : key)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    return key;
}

QString StoreLocation::keyFor(const QUrl &server, const QString &profileId)
{
    if (!profileId.trimmed().isEmpty())
        return profileId.trimmed();
    return serverKey(server);
}

QString StoreLocation::pathFor(const QUrl &server, const QString &profileId)
{
    return Database::defaultPathFor(keyFor(server, profileId));
}

} // namespace pmp::store
