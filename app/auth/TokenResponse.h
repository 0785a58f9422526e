#pragma once

#include "TlsFailure.h"

#include <QByteArray>
#include <QStringList>

namespace pmp::auth {

// What the accounts server said to a token request, classified so each caller can turn it into
// the message that fits (an expired sign-in code, a revoked session, a throttled refresh...).
struct TokenResponse
{
    enum class Outcome
    {
        Ok,
        InvalidCode,        // invalid_code: code expired or used, or refresh token wrong/revoked
        InvalidClient,      // invalid_client: wrong client id/secret or data-centre mismatch
        InvalidRedirectUri, // invalid_redirect_uri
        Throttled,          // "Access Denied": too many tokens from one refresh token
        Network,            // no answer (DNS, refused, timeout, reset)
        Tls,                // certificate refused; see tls
        Refused,            // not sent: the accounts URL is not https (or loopback)
        ServerError,        // another error the server named, or an unexpected status
        Malformed,          // an answer without the expected fields
    };

    Outcome outcome = Outcome::Ok;
    QByteArray accessToken;
    QByteArray refreshToken;
    int expiresInSecs = 0;
    QStringList scopes; // when the server says which scopes it granted
    QString apiDomain;
    QString serverError; // the "error" member, verbatim
    QString serverDescription;
    int httpStatus = 0;
    QString message; // a generic sentence; callers usually say something more specific
    TlsFailure tls;

    bool ok() const { return outcome == Outcome::Ok; }
};

} // namespace pmp::auth
