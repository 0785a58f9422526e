#pragma once

#include "api/Operation.h"

#include <QCoreApplication>
#include <QString>

namespace pmp::actions {

// Short names of the writes for window titles, buttons and the journal's operation filter ("Install
// patches", "Remove computers"), instead of the guide's method names.
class ActionNames
{
    Q_DECLARE_TR_FUNCTIONS(pmp::actions::ActionNames)

public:
    static QString title(pmp::api::OperationId operation);
    // The verb on the button that sends it ("Install", "Remove computers").
    static QString sendLabel(pmp::api::OperationId operation);
    // Every write operation, in the order menus and filters list them.
    static QList<pmp::api::OperationId> writeOperations();
};

} // namespace pmp::actions
