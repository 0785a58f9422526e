#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

namespace pmp::sim {

// The /dcapi/threats views: E16 systems with their patches, E17 applicable patches with counts.
// Text filters (patchname, patch_description, vendor_name, fqdn_name, approveduser_first_name)
// match case-insensitive substrings; codes and names match exactly (case-insensitive); dates accept
// epoch milliseconds or yyyy-MM-dd and match the UTC day; cveids is a comma-separated list.
class ThreatHandlers
{
public:
    explicit ThreatHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request);

private:
    SimResponse systems(const api::Operation &op, const SimRequest &request);
    SimResponse patches(const api::Operation &op, const SimRequest &request);
    // Patch-level filters shared by both; false with an error text for malformed values.
    bool patchFilter(const SimRequest &request, bool systemView, QList<bool> *accepted, QString *error) const;

    SimContext &m_ctx;
};

} // namespace pmp::sim
