#pragma once

#include <QUrl>

namespace pmp::auth {

struct Profile;

// The one rule for where sign-in secrets may go. The authorization code, the PKCE verifier, the
// client secret and every refresh token are sent to an accounts server; a redirect may name another
// one (multi-DC), and a profile remembers the last one. Trusted are exactly:
//  - the accounts servers of the 8 Zoho data centres (DataCentres::zoho()), over https on the
//    default port. Not a pattern: anyone can register accounts.zoho.xyz or accounts.zoho.com.ru;
//  - the accounts server the admin typed for a custom data centre (a proxy, a test tenant), on
//    exactly that scheme, host and port, over https — or plain http when that host is loopback
//    (patchdeck-sim, the tests).
class AccountsTrust
{
public:
    // Whether `url` may receive sign-in secrets. `custom` is the profile's own custom accounts
    // server (customAccountsOf()); empty for a Zoho data centre, which trusts the 8 hosts only.
    static bool isTrusted(const QUrl &url, const QUrl &custom);
    // The accounts server a profile may add to the 8: what it stores when its data centre is not
    // one of Zoho's ("custom", or none recorded); empty otherwise, so a Zoho profile whose stored
    // server was changed by a redirect still only talks to Zoho.
    static QUrl customAccountsOf(const Profile &profile);
    static bool isTrusted(const QUrl &url, const Profile &profile) { return isTrusted(url, customAccountsOf(profile)); }
};

} // namespace pmp::auth
