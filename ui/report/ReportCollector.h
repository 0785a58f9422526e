#pragma once

#include "ReportData.h"

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pmp::api {
class Client;
class PagedFetch;
} // namespace pmp::api

namespace pmp::store {
class Workspace;
}

namespace pmp::ui {

// Gathers a report's data: the patch and agent summaries (E12, E34), the trends from the
// Workspace's summary history, the top missing patches by affected computers (E08 with the
// missing filter: one row per patch with its count, never the per-computer status list), the
// computers patched longest ago (E15) and the journal's writes in the period. finished() once; the
// data is complete only when `ok`.
class ReportCollector : public QObject
{
    Q_OBJECT
public:
    // `workspace` may be null (no trends, no journal then).
    ReportCollector(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace,
                    QObject *parent = nullptr);
    ~ReportCollector() override;

    void start(const QDateTime &from, const QDateTime &to, const QString &tenant);
    void cancel();
    const ReportData &data() const { return m_data; }
    bool isRunning() const { return m_pending > 0; }

signals:
    void progress(const QString &step);
    void finished(bool ok, const QString &error);

private:
    void fail(const QString &error);
    void done();
    void fetchPatches();
    void fetchComputers();

    pmp::api::Client *m_client;
    std::shared_ptr<pmp::store::Workspace> m_workspace;
    ReportData m_data;
    QList<QPointer<pmp::api::PagedFetch>> m_fetches;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace pmp::ui
