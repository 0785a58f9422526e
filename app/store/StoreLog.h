#pragma once

#include <QLoggingCategory>

namespace pmp::store {

// Store failures are logged here (never with record contents or secrets), so a broken cache shows
// up in logs without the UI having to surface every detail.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace pmp::store
