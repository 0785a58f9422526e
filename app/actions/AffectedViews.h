#pragma once

#include "api/Operation.h"

#include <QStringList>

namespace pmp::api {
class WriteRequest;
}

namespace pmp::actions {

// Which pages of the console show data a write changes, so they are refreshed after it: the list
// views whose ViewSpec::facets include what the write changes, plus the action pages "apd-tasks"
// and "journal".
class AffectedViews
{
public:
    static QString journalPage() { return QStringLiteral("journal"); }
    static QString apdTasksPage() { return QStringLiteral("apd-tasks"); }

    // Every page the operation can change; the journal is always among them.
    static QStringList forOperation(pmp::api::OperationId operation);
    // Narrower where the request tells more: a configuration saved as a draft changes no patch or
    // computer state, only the list of configurations.
    static QStringList forRequest(const pmp::api::WriteRequest &request);
};

} // namespace pmp::actions
