#pragma once

#include "api/Operation.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pmp::models {

class ServerChoices;

// A saved filter whose value the server (or the catalogue) no longer offers.
struct StaleFilter
{
    QString param; // "branchofficefilter"
    QString label; // the filter's English label ("Remote office"); empty when the list has no such filter
    QString value; // the saved value
};

// The filters of `filters` that `op` does not take, or whose value is neither among the documented
// values (enumerated filters) nor among the server's offices, domains or custom groups in `choices`.
// Filters that take the server's values are not judged while `choices` is null or not loaded.
QList<StaleFilter> staleFilters(const QMap<QString, QString> &filters, const pmp::api::Operation &op,
                                const ServerChoices *choices);

} // namespace pmp::models
