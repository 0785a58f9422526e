#include "StaleFilters.h"

#include "ServerChoices.h"

#include <algorithm>

namespace pmp::models {

using pmp::api::ParamConcept;

QList<StaleFilter> staleFilters(const QMap<QString, QString> &filters, const pmp::api::Operation &op,
                                const ServerChoices *choices)
{
    QList<StaleFilter> stale;
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        const auto param = std::find_if(op.params.cbegin(), op.params.cend(),
                                        [&](const pmp::api::QueryParam &p) { return p.name == it.key(); });
        if (param == op.params.cend()) {
            stale << StaleFilter{it.key(), QString(), it.value()};
            continue;
        }
        bool offered = true;
        if (param->meaning == ParamConcept::Enumerated) {
            offered = std::any_of(param->values.cbegin(), param->values.cend(),
                                  [&](const pmp::api::ParamValue &v) { return v.value == it.value(); });
        } else if (param->meaning == ParamConcept::BranchOffice || param->meaning == ParamConcept::Domain ||
                   param->meaning == ParamConcept::CustomGroup) {
            if (!choices || !choices->isLoaded())
                continue;
            offered = choices->values(param->meaning).contains(it.value());
        }
        if (!offered)
            stale << StaleFilter{it.key(), param->label, it.value()};
    }
    return stale;
}

} // namespace pmp::models
