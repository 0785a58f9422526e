#include "DataCentres.h"

namespace pmp::auth {

namespace {

DataCentre make(const char *id, const char *domain, const char *server, const char *accounts, const char *console)
{
    return DataCentre{QString::fromLatin1(id), QString::fromLatin1(domain), QUrl(QString::fromLatin1(server)),
                      QUrl(QString::fromLatin1(accounts)), QUrl(QString::fromLatin1(console))};
}

} // namespace

const QList<DataCentre> &DataCentres::zoho()
{
    static const QList<DataCentre> table = {
        make("us", ".com", "https://patch.manageengine.com", "https://accounts.zoho.com",
             "https://api-console.zoho.com"),
        make("eu", ".eu", "https://patch.manageengine.eu", "https://accounts.zoho.eu", "https://api-console.zoho.eu"),
        make("in", ".in", "https://patch.manageengine.in", "https://accounts.zoho.in", "https://api-console.zoho.in"),
        make("au", ".com.au", "https://patch.manageengine.com.au", "https://accounts.zoho.com.au",
             "https://api-console.zoho.com.au"),
        make("cn", ".cn", "https://patch.manageengine.cn", "https://accounts.zoho.cn", "https://api-console.zoho.cn"),
        make("jp", ".jp", "https://patch.manageengine.jp", "https://accounts.zoho.jp", "https://api-console.zoho.jp"),
        // Canada breaks the "replace .com" rule (reference Q5).
        make("ca", ".ca", "https://patch.manageengine.ca", "https://accounts.zohoone.ca",
             "https://api-console.zohoone.ca"),
        make("uk", ".uk", "https://patch.manageengine.uk", "https://accounts.zoho.uk", "https://api-console.zoho.uk"),
    };
    return table;
}

QList<DataCentre> DataCentres::allWithCustom()
{
    QList<DataCentre> all = zoho();
    all.append(custom({}, {}));
    return all;
}

DataCentre DataCentres::byId(const QString &id)
{
    for (const DataCentre &dc : zoho())
        if (dc.id == id)
            return dc;
    if (id == QLatin1String("custom"))
        return custom({}, {});
    return {};
}

DataCentre DataCentres::byAccountsHost(const QString &host)
{
    for (const DataCentre &dc : zoho())
        if (dc.accountsUrl.host().compare(host, Qt::CaseInsensitive) == 0)
            return dc;
    return {};
}

DataCentre DataCentres::custom(const QUrl &serverUrl, const QUrl &accountsUrl)
{
    return DataCentre{QStringLiteral("custom"), {}, serverUrl, accountsUrl, {}};
}

} // namespace pmp::auth
