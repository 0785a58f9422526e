#include "DeclineFallback.h"

#include "api/ApiError.h"

namespace pmp::actions {

bool DeclineFallback::isOffered(const pmp::api::ApiError &e30Error)
{
    using Kind = pmp::api::ApiError::Kind;
    switch (e30Error.kind()) {
    case Kind::Http:
    case Kind::NotJson:
    case Kind::ServerReported:
        break;
    default:
        return false; // nothing sent, a lost answer, auth, throttling, network: not a missing operation
    }
    switch (e30Error.httpStatus()) {
    case 404:
    case 405:
    case 406:
    case 415:
    case 501:
        return true;
    default:
        return false;
    }
}

QString DeclineFallback::notice()
{
    return tr("This server does not offer the current decline operation. The deprecated one (to be removed "
              "by the vendor in October 2026) can decline the same patches, but only for all computers and "
              "without reasons or remarks.");
}

} // namespace pmp::actions
