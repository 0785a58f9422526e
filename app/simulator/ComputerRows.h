#pragma once

#include "FleetState.h"

#include <QJsonObject>

namespace pmp::sim {

// Computer- and office-centric rows with the keys and JSON types of the guide's samples.
class ComputerRows
{
public:
    // `quirks`: numbers without a value are "--" instead of -1 (see NoValue.h).
    static QJsonObject allSystems(const FleetState &fleet, int computer, bool quirks);          // E15
    static QJsonObject scanDetails(const FleetState &fleet, int computer, bool quirks);         // E21
    static QJsonObject computer(const FleetState &fleet, int computer);                         // E31
    static QJsonObject remoteOffice(const FleetState &fleet, int office, int managedComputers); // E32

    static QString installationLabel(int status);
    // E34 / agentcontactfilter bucket of a last-contact time: 0 equal_3_day .. 4 greater_30_day, -1 never.
    static int contactBucket(qint64 lastContactMs, qint64 nowMs);
    static QString contactBucketKey(int bucket);
};

} // namespace pmp::sim
