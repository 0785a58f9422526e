#include "TrendSource.h"

#include "store/SummaryMetric.h"

namespace pmp::ui {

pmp::store::SummaryMetric TrendSource::summaryMetric(Metric metric)
{
    using M = TrendSource::Metric;
    using S = pmp::store::SummaryMetric;
    switch (metric) {
    case M::MissingCritical:
        return S::MissingCritical;
    case M::MissingImportant:
        return S::MissingImportant;
    case M::MissingTotal:
        return S::MissingTotal;
    case M::HighlyVulnerableSystems:
        return S::HighlyVulnerableSystems;
    case M::VulnerableSystems:
        return S::VulnerableSystems;
    case M::HealthySystems:
        return S::HealthySystems;
    case M::TotalSystems:
        return S::TotalSystems;
    case M::AgentsDown:
        return S::AgentsDown;
    case M::ScanFailures:
        return S::ScanFailures;
    case M::FailedDeploymentSystems:
        return S::FailedDeploymentSystems;
    }
    return S::MissingTotal;
}

} // namespace pmp::ui
