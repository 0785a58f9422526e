#include "AccountsTrust.h"

#include "DataCentres.h"
#include "Profile.h"

#include "api/Transport.h"

namespace pmp::auth {

namespace {

constexpr int kHttpsPort = 443;
constexpr int kHttpPort = 80;

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? kHttpsPort : kHttpPort);
}

bool isZohoAccountsServer(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") && effectivePort(url) == kHttpsPort &&
           DataCentres::byAccountsHost(url.host()).isValid();
}

bool isSameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b);
}

} // namespace

bool AccountsTrust::isTrusted(const QUrl &url, const QUrl &custom)
{
    // User info would let "https://accounts.zoho.com@evil.io" read like Zoho to a person.
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (isZohoAccountsServer(url))
        return true;
    if (!custom.isValid() || !isSameServer(url, custom))
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && api::Transport::isLoopbackHost(url.host());
}

QUrl AccountsTrust::customAccountsOf(const Profile &profile)
{
    const DataCentre dc = DataCentres::byId(profile.dataCentreId);
    if (dc.isValid() && !dc.isCustom())
        return {};
    return profile.accountsUrl;
}

} // namespace pmp::auth
