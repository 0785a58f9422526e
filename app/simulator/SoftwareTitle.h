#pragma once

#include <QString>

namespace pmp::sim {

// An application or firmware whose patches only apply where it is installed. Presence on a computer
// is one bit of Computer::appMask (at most 64 titles).
struct SoftwareTitle
{
    QString key;
    int platform = 1;
    double share = 0.5;      // fraction of computers of the platform that have it
    double serverShare = -1; // on servers, when it differs (-1: same as share)
    bool hardware = false;   // firmware: present exactly on computers of that model
};

} // namespace pmp::sim
