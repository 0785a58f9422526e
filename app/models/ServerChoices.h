#pragma once

#include "api/ApiError.h"
#include "api/Operation.h"
#include "api/Results.h"

#include <QObject>
#include <QPointer>

namespace pmp::api {
class Client;
}

namespace pmp::models {

// The values some filters take (remote offices, domains, custom groups), from serverproperties (E37).
// Loaded once per connection and shared by every filter bar.
class ServerChoices : public QObject
{
    Q_OBJECT
public:
    explicit ServerChoices(pmp::api::Client *client, QObject *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    QStringList values(pmp::api::ParamConcept meaning) const;
    const pmp::api::ServerProperties &properties() const { return m_properties; }

signals:
    void loaded();
    void failed(const pmp::api::ApiError &error);

private:
    QPointer<pmp::api::Client> m_client;
    pmp::api::ServerProperties m_properties;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace pmp::models
