#include "Profile.h"

namespace pmp::auth {

QString Profile::label() const
{
    const QString host = serverUrl.host();
    if (host.isEmpty() || name.contains(host))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, host);
}

QString Profile::redirectUriFor(quint16 port)
{
    // An IP literal, not "localhost": browsers may resolve localhost to ::1 while we listen on IPv4
    // (RFC 8252 §7.3).
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
}

QString Profile::methodKey(Method method)
{
    switch (method) {
    case Method::Browser:
        return QStringLiteral("browser");
    case Method::SelfClient:
        return QStringLiteral("self-client");
    case Method::OnPremisesToken:
        return QStringLiteral("onprem-token");
    }
    return {};
}

Profile::Method Profile::methodFromKey(const QString &key)
{
    if (key == QLatin1String("self-client"))
        return Method::SelfClient;
    if (key == QLatin1String("onprem-token"))
        return Method::OnPremisesToken;
    return Method::Browser;
}

} // namespace pmp::auth
