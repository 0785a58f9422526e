#include "FaultInjector.h"

#include "SeedHash.h"

namespace pmp::sim {

void FaultInjector::setSpec(const FaultSpec &spec)
{
    m_spec = spec;
    m_state = QList<RuleState>(spec.rules.size());
}

int FaultInjector::firedTotal() const
{
    int total = 0;
    for (const RuleState &state : m_state)
        total += state.fired;
    return total;
}

FaultDecision FaultInjector::decide(const QString &method, const QString &path)
{
    FaultDecision decision;
    for (int i = 0; i < m_spec.rules.size(); ++i) {
        const FaultRule &rule = m_spec.rules.at(i);
        if (!rule.matches(method, path))
            continue;
        RuleState &state = m_state[i];
        const int matchNumber = state.matched++;
        if (matchNumber < rule.after)
            continue;
        if (rule.count >= 0 && state.fired >= rule.count)
            continue;
        const bool isLatency = rule.kind == FaultKind::Latency;
        if (!isLatency && decision.fault)
            continue; // another rule already decides this request; do not use up this one
        if (rule.rate < 1.0 && SeedHash::unit(SeedHash::of(m_spec.seed, quint64(i), quint64(matchNumber))) >= rule.rate)
            continue;
        ++state.fired;
        if (isLatency)
            decision.latencyMs += rule.ms;
        else {
            decision.fault = rule;
            decision.fired = state.fired;
        }
    }
    return decision;
}

} // namespace pmp::sim
