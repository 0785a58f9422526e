#pragma once

#include "FaultSpec.h"

#include <QList>

#include <optional>

namespace pmp::sim {

struct FaultDecision
{
    int latencyMs = 0;
    std::optional<FaultRule> fault; // the one non-latency rule that fired, if any
    int fired = 0;                  // how many times that rule has fired, this time included
};

// Applies a FaultSpec to the stream of requests: counts matches per rule for after/count and draws
// the rate deterministically from (seed, rule, match number), so a run is reproducible.
class FaultInjector
{
public:
    void setSpec(const FaultSpec &spec);
    const FaultSpec &spec() const { return m_spec; }
    FaultDecision decide(const QString &method, const QString &path);
    // How many times the rules have fired since the spec was set (latency included), for tests that
    // must know a fault really hit.
    int firedTotal() const;

private:
    struct RuleState
    {
        int matched = 0;
        int fired = 0;
    };
    FaultSpec m_spec;
    QList<RuleState> m_state;
};

} // namespace pmp::sim
