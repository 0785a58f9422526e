#include "JournalLocation.h"

#include "store/Database.h"

#include <QHostAddress>

namespace pmp::actions {

bool JournalLocation::isLoopback(const QUrl &server)
{
    const QString host = server.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString JournalLocation::serverKey(const QUrl &server)
{
    QString key = QStringLiteral("server-%1-%2").arg(server.host().toLower()).arg(server.port(server.scheme() == QLatin1String("http") ? 80 : 443));
    for (QChar &c : key)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    return key;
}

QString JournalLocation::pathFor(const QUrl &server, const QString &profileId)
{
    if (isLoopback(server))
        return pmp::store::Database::memoryPath();
    if (!profileId.trimmed().isEmpty())
        return pmp::store::Database::defaultPathFor(profileId.trimmed());
    return pmp::store::Database::defaultPathFor(serverKey(server));
}

} // namespace pmp::actions
