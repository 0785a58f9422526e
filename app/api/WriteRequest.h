#pragma once

#include "ApiError.h"
#include "Operation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace pmp::api {

// A write the console can send. Each subclass validates the documented rules before anything is
// sent, and can describe itself in plain words for the one confirmation path and the journal.
class WriteRequest
{
public:
    virtual ~WriteRequest() = default;

    // The catalogue operation this request becomes (installpatch picks E01, E02 or E03 from its content).
    virtual OperationId operation() const = 0;
    // The first rule broken, naming the field; no error when the request may be sent. `now` makes the
    // time rules (deadline at most one year ahead, expiry after install time) testable.
    virtual ApiError validate(const QDateTime &now) const = 0;
    // The JSON body (an empty object for operations without one).
    virtual QJsonObject body() const { return {}; }
    // Query parameters (APD task name, customerid).
    virtual QUrlQuery query() const { return {}; }
    // "Install 3 patches on 120 computers, deploy immediately, force reboot outside the window".
    virtual QString summary() const = 0;
    // Human-readable targets for the journal (computer names or ids, groups, offices, task names).
    virtual QStringList targets() const { return {}; }
    // How many targets the action reaches, -1 for "all systems" (drives the typed confirmation).
    virtual int targetCount() const { return int(targets().size()); }
    // Destructive or irreversible actions always need the typed confirmation.
    virtual bool isDestructive() const { return false; }
};

} // namespace pmp::api
