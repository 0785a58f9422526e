#include "TenantColour.h"

#include "widgets/TenantBadge.h"

#include "auth/ProfileStore.h"

#include <algorithm>

namespace pmp::ui {

QColor tenantColour(pmp::auth::ProfileStore *profiles, const QString &profileId)
{
    const int index = profiles ? profiles->badgeIndex(profileId, TenantBadge::colourCount()) : 0;
    return TenantBadge::colour(std::max(index, 0));
}

} // namespace pmp::ui
