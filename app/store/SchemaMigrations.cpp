#include "SchemaMigrations.h"

namespace pmp::store {

const QList<SchemaMigrations::Step> &SchemaMigrations::steps()
{
    static const QList<Step> list = {
        {1,
         QStringLiteral("initial schema"),
         {
             // Times are milliseconds since the epoch (UTC) throughout.
             QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
             // One blob per view and query: the window needs all rows of a view at once, and one
             // compressed blob loads far faster than 50,000 rows would.
             QStringLiteral("CREATE TABLE view_cache ("
                            " view_id TEXT NOT NULL,"
                            " query_key TEXT NOT NULL,"
                            " fetched_at INTEGER NOT NULL,"
                            " complete INTEGER NOT NULL,"
                            " record_count INTEGER NOT NULL,"
                            " encoding INTEGER NOT NULL," // 1: qCompress(compact JSON array)
                            " payload BLOB NOT NULL,"
                            " PRIMARY KEY (view_id, query_key))"),
             QStringLiteral("CREATE TABLE view_object ("
                            " view_id TEXT NOT NULL,"
                            " query_key TEXT NOT NULL,"
                            " fetched_at INTEGER NOT NULL,"
                            " payload TEXT NOT NULL," // compact JSON object
                            " PRIMARY KEY (view_id, query_key))"),
             // One row per UTC hour; metric columns are nullable so a metric added later reads as
             // "not recorded" for older snapshots instead of a false zero.
             QStringLiteral("CREATE TABLE summary_snapshot ("
                            " hour INTEGER PRIMARY KEY,"
                            " taken_at INTEGER NOT NULL,"
                            " missing_critical INTEGER,"
                            " missing_important INTEGER,"
                            " missing_moderate INTEGER,"
                            " missing_low INTEGER,"
                            " missing_unrated INTEGER,"
                            " missing_total INTEGER,"
                            " missing_patches INTEGER,"
                            " installed_patches INTEGER,"
                            " applicable_patches INTEGER,"
                            " highly_vulnerable_systems INTEGER,"
                            " vulnerable_systems INTEGER,"
                            " healthy_systems INTEGER,"
                            " health_unknown_systems INTEGER,"
                            " total_systems INTEGER,"
                            " unscanned_systems INTEGER,"
                            " scan_failures INTEGER,"
                            " agents_live INTEGER,"
                            " agents_down INTEGER,"
                            " agents_total INTEGER,"
                            " agents_installed INTEGER,"
                            " contact_over_30_days INTEGER)"),
             QStringLiteral("CREATE INDEX summary_snapshot_taken ON summary_snapshot(taken_at)"),
             // AUTOINCREMENT: journal ids are shown to people and must never be reused.
             QStringLiteral("CREATE TABLE action_journal ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " started_at INTEGER NOT NULL,"
                            " profile TEXT NOT NULL,"
                            " operation_code TEXT NOT NULL,"
                            " operation_title TEXT NOT NULL,"
                            " summary TEXT NOT NULL,"
                            " targets TEXT NOT NULL," // JSON array of strings
                            " payload TEXT NOT NULL," // JSON object, secrets redacted
                            " request_id TEXT NOT NULL,"
                            " outcome TEXT NOT NULL," // pending | succeeded | failed | unknown | refused
                            " message TEXT NOT NULL DEFAULT '',"
                            " error_kind TEXT NOT NULL DEFAULT '')"), // ApiError::kindName
             QStringLiteral("CREATE TABLE apd_task ("
                            " name TEXT PRIMARY KEY,"
                            " settings TEXT NOT NULL," // JSON object, last known
                            " state TEXT NOT NULL,"    // active | suspended | deleted | unknown
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL)"),
         }},
        {2,
         QStringLiteral("journal completion time and indexes"),
         {
             // When the answer arrived, so the journal can show how long a write took; NULL while
             // pending and for entries completed under schema 1.
             QStringLiteral("ALTER TABLE action_journal ADD COLUMN completed_at INTEGER"),
             // The journal view always filters by time and sorts newest first.
             QStringLiteral("CREATE INDEX action_journal_started ON action_journal(started_at, id)"),
             // reconcileInterrupted() runs at every start; pending entries are few.
             QStringLiteral("CREATE INDEX action_journal_pending ON action_journal(id) WHERE outcome = 'pending'"),
         }},
        {3,
         QStringLiteral("saved views"),
         {
             // One row per saved view, in the sidebar's order; the definition is SavedView::toJson.
             QStringLiteral("CREATE TABLE saved_view ("
                            " name TEXT PRIMARY KEY COLLATE NOCASE,"
                            " position INTEGER NOT NULL,"
                            " definition TEXT NOT NULL," // JSON object
                            " created_at INTEGER NOT NULL)"),
         }},
        {4,
         QStringLiteral("failed deployments in the summary history"),
         {
             // Systems with a failed patch installation (E16 filtered to Failed): neither summary
             // counts them. NULL in older snapshots and when that call failed.
             QStringLiteral("ALTER TABLE summary_snapshot ADD COLUMN failed_deployment_systems INTEGER"),
         }},
    };
    return list;
}

int SchemaMigrations::latestVersion()
{
    return steps().constLast().version;
}

QStringList SchemaMigrations::requiredTables()
{
    return {QStringLiteral("view_cache"),     QStringLiteral("view_object"), QStringLiteral("summary_snapshot"),
            QStringLiteral("action_journal"), QStringLiteral("apd_task"),    QStringLiteral("saved_view")};
}

} // namespace pmp::store
