#pragma once

#include <QString>

namespace pmp::sim {

// One operating system build a computer can run; `family` decides which OS patches apply.
struct OsProfile
{
    int platform = 1; // os_platform: 1 Windows, 2 Mac, 3 Linux
    QString name;     // os_name
    QString version;  // os_version
    QString servicePack;
    int family = 0; // index into FleetState::osFamilies
    bool server = false;
    int weight = 1; // how common it is in the generated fleet
};

} // namespace pmp::sim
