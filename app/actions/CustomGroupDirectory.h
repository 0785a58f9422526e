#pragma once

#include "api/ApiError.h"
#include "api/Record.h"
#include "api/Results.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pmp::api {
class Client;
}
namespace pmp::store {
class ViewCache;
}

namespace pmp::actions {

// A custom group as a query report lists it.
struct CustomGroupInfo
{
    QString id;           // the group's resource id (what E30 customGroupID takes)
    QString name;         // what the admin picks by
    QString resourceType; // "101" computer group, "102" user group ("" when the report has no such column)
    QString category;     // "CRITERIA_GROUP", "STATIC_GROUP", ... when listed

    bool isComputerGroup() const { return resourceType.isEmpty() || resourceType == QLatin1String("101"); }
    bool operator==(const CustomGroupInfo &other) const
    {
        return id == other.id && name == other.name && resourceType == other.resourceType && category == other.category;
    }
};

// Custom group ids, which no read operation lists (E37 gives names only, reference Appendix B 13),
// found where they are: in query report data. The query report tree (E38) is searched for reports
// about groups first; each candidate's first page (E39) is read until one has rows with a name and
// a resource id (E39's sample lists groups with name, resource_type 101 and domain_netbios_name); that
// report is read in full. The result is kept for the connection and in the store's view cache.
class CustomGroupDirectory : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty, // nothing looked up yet
        Loading,
        Ready,    // groups() holds what was found
        NotFound, // no query report lists custom groups with their ids
        Failed,   // the reports could not be read (error())
    };
    Q_ENUM(State)

    static constexpr int PageSize = 200;
    static constexpr int MaxProbes = 12; // reports looked into before giving up
    static constexpr int MaxPages = 50;  // of the chosen report

    // `cache` is optional and not owned.
    explicit CustomGroupDirectory(pmp::api::Client *client, pmp::store::ViewCache *cache = nullptr,
                                  QObject *parent = nullptr);

    State state() const { return m_state; }
    // Reads the cache, or the server if nothing is cached; does nothing while loading or when ready.
    void load();
    // Always asks the server.
    void refresh();

    QList<CustomGroupInfo> groups() const { return m_groups; }
    QList<CustomGroupInfo> computerGroups() const;
    // Case-insensitive, as people read names.
    std::optional<CustomGroupInfo> byName(const QString &name) const;
    std::optional<CustomGroupInfo> byId(const QString &id) const;
    QString sourceReport() const { return m_source; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    pmp::api::ApiError error() const { return m_error; }
    // A sentence for the UI about the state (what was found where, or why nothing was).
    QString statusText() const;

    // Pure helpers (unit-tested): group rows of one report page, and how likely a report is to list
    // groups (0: not at all by its texts).
    static QList<CustomGroupInfo> parseRows(const QList<pmp::api::Record> &rows, bool *namesWithoutIds = nullptr);
    static int relevance(const pmp::api::QueryReportNode &report);

    static QString cacheViewId() { return QStringLiteral("custom-groups"); }

signals:
    void changed();

private:
    void setState(State state);
    void onTree(const pmp::api::QueryReportNode &root);
    void probeNext();
    void readPage(const pmp::api::QueryReportNode &report, int page);
    void finishWith(const QList<CustomGroupInfo> &groups, const QString &source);
    bool loadFromCache();
    void saveToCache() const;

    QPointer<pmp::api::Client> m_client;
    pmp::store::ViewCache *m_cache;
    State m_state = State::Empty;
    QList<CustomGroupInfo> m_groups;
    QString m_source;
    QDateTime m_fetchedAt;
    pmp::api::ApiError m_error;
    QList<pmp::api::QueryReportNode> m_candidates;
    QList<CustomGroupInfo> m_collecting;
    bool m_sawNamesWithoutIds = false;
    int m_generation = 0;
};

} // namespace pmp::actions
