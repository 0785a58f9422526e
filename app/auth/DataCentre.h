#pragma once

#include <QString>
#include <QUrl>

namespace pmp::auth {

// One Zoho data centre as reference §1.1 lists it: where the Patch Manager Plus API lives, where
// the Zoho accounts server (sign-in, tokens) lives, and where the admin registers an API client.
struct DataCentre
{
    QString id;         // "us", "eu", ..., "custom"
    QString domain;     // ".com", ".eu", ...; empty for custom
    QUrl serverUrl;     // https://patch.manageengine.com
    QUrl accountsUrl;   // https://accounts.zoho.com (Canada: accounts.zohoone.ca)
    QUrl apiConsoleUrl; // https://api-console.zoho.com (Canada: api-console.zohoone.ca)

    bool isCustom() const { return id == QLatin1String("custom"); }
    bool isValid() const { return !id.isEmpty(); }
    // The translated name for people ("Europe", "Custom server").
    QString displayName() const;
};

} // namespace pmp::auth
