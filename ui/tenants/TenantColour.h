#pragma once

#include <QColor>
#include <QString>

namespace pmp::auth {
class ProfileStore;
}

namespace pmp::ui {

// A profile's badge colour, the same in its window, its confirmations and the tenants overview: the
// palette entry ProfileStore keeps for it (the first colour for an unknown profile or no store).
QColor tenantColour(pmp::auth::ProfileStore *profiles, const QString &profileId);

} // namespace pmp::ui
