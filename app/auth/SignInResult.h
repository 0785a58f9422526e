#pragma once

#include "DataCentre.h"
#include "TokenSet.h"

#include <QUrl>

namespace pmp::auth {

// What a completed sign-in hands over: the tokens and where they are valid. The redirect of a
// multi-DC client may name another data centre than the one the admin picked; then dataCentre
// is that one and the profile follows it.
struct SignInResult
{
    TokenSet tokens;
    QUrl accountsUrl;      // the accounts server that issued the tokens (refresh and revoke go there)
    QString location;      // the redirect's `location`, verbatim
    DataCentre dataCentre; // the data centre the redirect named, when it is one of the 8
};

} // namespace pmp::auth
