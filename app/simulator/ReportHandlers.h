#pragma once

#include "SimContext.h"
#include "SimRequest.h"
#include "SimResponse.h"

#include "api/Operation.h"

#include <QJsonObject>
#include <QList>

namespace pmp::sim {

// Query reports: E38 the report tree, E39 one report's rows. One report lists the custom groups with
// their resource ids, the only way to learn the customGroupID values E30 needs.
class ReportHandlers
{
public:
    explicit ReportHandlers(SimContext &context) : m_ctx(context) {}
    SimResponse handle(const api::Operation &op, const SimRequest &request, const QString &reportId);

    // The ids of the reports (E38 leaves), for tests and tools.
    static QStringList reportIds();

private:
    struct Column
    {
        const char *name;
        int sqlType; // java.sql.Types: 12 VARCHAR, -5 BIGINT, 4 INTEGER, 93 TIMESTAMP (epoch ms here)
    };
    struct Report
    {
        const char *id;
        const char *label;
        const char *viewName;
        const char *owner;
        const char *description;
        const char *folder; // nullptr: directly under the root
        const char *lastModified;
        QList<Column> columns;
    };
    static const QList<Report> &reports();
    SimResponse tree();
    SimResponse data(const api::Operation &op, const SimRequest &request, const QString &reportId);
    QList<QJsonObject> rows(const QString &reportId) const;

    SimContext &m_ctx;
};

} // namespace pmp::sim
