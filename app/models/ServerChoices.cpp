#include "ServerChoices.h"

#include "api/Client.h"

namespace pmp::models {

using namespace pmp::api;

ServerChoices::ServerChoices(Client *client, QObject *parent) : QObject(parent), m_client(client) {}

void ServerChoices::load()
{
    if (m_loading || !m_client)
        return;
    m_loading = true;
    m_client->serverProperties(this, [this](const Result<ServerProperties> &r) {
        m_loading = false;
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        m_properties = r.value;
        m_loaded = true;
        emit loaded();
    });
}

QStringList ServerChoices::values(ParamConcept meaning) const
{
    switch (meaning) {
    case ParamConcept::BranchOffice:
        return m_properties.branchOffices;
    case ParamConcept::Domain:
        return m_properties.domains;
    case ParamConcept::CustomGroup:
        return m_properties.customGroups;
    default:
        return {};
    }
}

} // namespace pmp::models
