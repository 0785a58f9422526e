#pragma once

#include "FleetState.h"
#include "SimRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace pmp::sim {

// The filter parameters shared by several list operations, parsed strictly: a malformed value is a
// request error, an unknown name (office, domain, group) simply matches nothing. All filters of a
// request are AND-combined.
class QueryFilters
{
public:
    // branchofficefilter + domainfilter + customgroupfilter: which computers a list covers.
    struct Scope
    {
        int office = -1, domain = -1, group = -1;
        bool none = false; // a name that does not exist
        bool restricts() const { return none || office >= 0 || domain >= 0 || group >= 0; }
        bool contains(const FleetState &fleet, int computer) const;
    };
    static Scope scope(const FleetState &fleet, const SimRequest &request, bool withGroup = true);

    // An integer parameter restricted to `allowed` (empty: any). False with `error` when malformed.
    static bool intParam(const SimRequest &request, const QString &name, const QList<int> &allowed,
                         std::optional<int> *value, QString *error);
    static bool idParam(const SimRequest &request, const QString &name, std::optional<qint64> *value, QString *error);
    // platformfilter of the patch endpoints: Windows / Mac / Linux (case-insensitive) -> 1 / 2 / 3.
    static bool platformParam(const SimRequest &request, std::optional<int> *value, QString *error);
    static int platformFromName(const QString &name);
    static QString platformName(int platform);

    static bool containsText(const QString &haystack, const QString &needle)
    {
        return haystack.contains(needle, Qt::CaseInsensitive);
    }
    static bool sameText(const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }
    // A date filter value: epoch milliseconds or yyyy-MM-dd; matches when the UTC day is the same.
    static bool sameDay(const QString &filter, qint64 epochMs, bool *valid);
};

} // namespace pmp::sim
