#pragma once

#include "TlsFailure.h"
#include "TokenResponse.h"

#include <QCoreApplication>

#include <QString>

namespace pmp::auth {

// Why a sign-in did not complete, specific enough for the dialog to say what to do next.
struct SignInError
{
    Q_DECLARE_TR_FUNCTIONS(pmp::auth::SignInError)

public:
    enum class Kind
    {
        None,
        AccessDenied,            // the admin pressed Reject (error=access_denied)
        Timeout,                 // the browser never came back
        CodeExpiredOrUsed,       // invalid_code at the exchange
        InvalidClient,           // wrong client id/secret, or a client of another data centre
        InvalidRedirectUri,      // the registered redirect URI differs
        PortInUse,               // the fixed loopback port is taken
        UntrustedAccountsServer, // the redirect named an accounts server PatchDeck will not send secrets to
        Throttled,               // Zoho's token limits
        Network,
        Tls,          // see tls
        InvalidInput, // a field the admin must fix (empty client id, http URL, ...)
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    QString message; // one or two sentences for people
    QString details; // technical detail (server error code, certificate details)
    TlsFailure tls;

    bool isError() const { return kind != Kind::None; }

    enum class Grant
    {
        BrowserCode,
        SelfClientCode
    };
    // The exchange of a code went wrong: say so in the words that fit how the code was obtained.
    static SignInError fromExchange(const TokenResponse &response, Grant grant);
};

} // namespace pmp::auth
