#pragma once

#include <QCoreApplication>

namespace pmp::api {
class ApiError;
}

namespace pmp::actions {

// When the console may offer the deprecated decline (E29) after the new one (E30) failed: only when
// the server refused E30 as an operation it does not offer (404, 405, 406, 415, 501: an older server
// or a proxy that does not know the vendor media type). Never after a lost answer (the decline may
// have happened) and never for a refusal of the content (400, 403: E29 would not fix those and
// would decline for every computer instead).
class DeclineFallback
{
    Q_DECLARE_TR_FUNCTIONS(pmp::actions::DeclineFallback)

public:
    static bool isOffered(const pmp::api::ApiError &e30Error);
    // The notice shown with the offer.
    static QString notice();
};

} // namespace pmp::actions
