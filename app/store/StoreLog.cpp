#include "StoreLog.h"

namespace pmp::store {

Q_LOGGING_CATEGORY(lcStore, "pmp.store")

} // namespace pmp::store
