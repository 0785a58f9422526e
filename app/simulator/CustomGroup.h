#pragma once

#include <QString>

namespace pmp::sim {

struct CustomGroup
{
    enum class Kind
    {
        AllComputers,
        AllUsers,
        Computers,
        Users
    };
    qint64 id = 0; // resource id (E30 customGroupID)
    QString name;
    Kind kind = Kind::Computers;
    QString category;     // "CRITERIA_GROUP", "STATIC_GROUP", ... (E39 domain_netbios_name)
    QString resourceType; // "101" computer group, "102" user group
    qint64 createdMs = 0;
    int bit = -1; // membership bit in Computer::groups; -1 for the two built-in groups
    bool containsComputers() const { return kind == Kind::AllComputers || kind == Kind::Computers; }
};

} // namespace pmp::sim
