#include "StoreLocation.h"

#include "Database.h"

#include "api/Transport.h"

namespace pmp::store {

bool StoreLocation::isLoopback(const QUrl &server)
{
    return pmp::api::Transport::isLoopbackHost(server.host());
}

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
    if (isLoopback(server))
        return Database::memoryPath();
    return Database::defaultPathFor(keyFor(server, profileId));
}

} // namespace pmp::store
