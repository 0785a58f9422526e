#pragma once

#include <QStringList>
#include <QUrl>

namespace pmp::auth {

// One saved connection: where the server is, how PatchDeck signs in to it and with which client.
// Deliberately holds no secret: tokens and the client secret live in the TokenStore, so a Profile
// can be written to QSettings as a whole.
struct Profile
{
    enum class Kind
    {
        Cloud,
        OnPremises
    };
    enum class Method
    {
        Browser,
        SelfClient,
        OnPremisesToken
    };

    QString id;   // stable key (a UUID); the keychain entry is named after it
    QString name; // what the admin called it ("Production EU")
    Kind kind = Kind::Cloud;
    Method method = Method::Browser;
    QString dataCentreId; // "us" ... "uk" or "custom"
    QUrl serverUrl;       // the Patch Manager Plus API server
    QUrl accountsUrl;     // the Zoho accounts server tokens come from (the redirect may change it)
    QString clientId;     // Zoho API console client id (not a secret)
    bool clientHasSecret = true;
    quint16 redirectPort = 0;  // 0: any free loopback port; otherwise the port registered in the console
    QStringList grantedScopes; // a mirror of the keychain entry, for display
    QString location;          // the redirect's `location` (the user's data centre as Zoho names it)
    bool sessionOnly = false;  // tokens were kept in memory only (no keychain, by the admin's choice)

    bool isValid() const { return !id.isEmpty(); }
    // "Production EU (patch.manageengine.eu)" for the status bar and the switcher.
    QString label() const;
    // The redirect URI the loopback receiver uses and the admin registers: http://127.0.0.1:PORT/callback.
    static QString redirectUriFor(quint16 port);
    static QString methodKey(Method method);
    static Method methodFromKey(const QString &key);
};

} // namespace pmp::auth
