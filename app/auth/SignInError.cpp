#include "SignInError.h"

namespace pmp::auth {

SignInError SignInError::fromExchange(const TokenResponse &r, Grant grant)
{
    SignInError e;
    e.details =
        r.serverError.isEmpty() ? QString() : QStringLiteral("%1 (HTTP %2)").arg(r.serverError).arg(r.httpStatus);
    if (!r.serverDescription.isEmpty())
        e.details += (e.details.isEmpty() ? QString() : QStringLiteral(": ")) + r.serverDescription;
    using O = TokenResponse::Outcome;
    switch (r.outcome) {
    case O::Ok:
        e.kind = Kind::None;
        break;
    case O::InvalidCode:
        e.kind = Kind::CodeExpiredOrUsed;
        e.message = grant == Grant::SelfClientCode
                        ? tr("This code has expired or was already used. A Self Client code works once, and only for "
                             "the time chosen when it was generated. Generate a new code in the API console "
                             "(Self Client → Generate Code) and paste it here right away.")
                        : tr("The sign-in code expired or was already used before PatchDeck could exchange it "
                             "(Zoho codes are valid for about two minutes, once). Sign in again.");
        break;
    case O::InvalidClient:
        e.kind = Kind::InvalidClient;
        e.message = tr("Zoho did not accept the client id or client secret. Copy both again from the API console's "
                       "Client Secret tab, and check that the client was created in this data centre (or has "
                       "multi-DC enabled).");
        break;
    case O::InvalidRedirectUri:
        e.kind = Kind::InvalidRedirectUri;
        e.message = tr("The redirect URI registered for this client differs from the one PatchDeck uses. Register "
                       "exactly the URI shown in the help, including the port.");
        break;
    case O::Throttled:
        e.kind = Kind::Throttled;
        e.message = tr("Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try "
                       "again.");
        break;
    case O::Network:
        e.kind = Kind::Network;
        e.message = r.message;
        break;
    case O::Tls:
        e.kind = Kind::Tls;
        e.message = r.message;
        e.tls = r.tls;
        e.details = r.tls.details();
        break;
    case O::Refused:
        e.kind = Kind::InvalidInput;
        e.message = r.message;
        break;
    case O::ServerError:
    case O::Malformed:
        e.kind = Kind::Other;
        e.message = r.message;
        break;
    }
    return e;
}

} // namespace pmp::auth
