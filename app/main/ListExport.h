#pragma once

#include "models/ColumnStore.h"
#include "models/TableExporter.h"
#include "models/ViewSpec.h"

#include "api/PagedFetch.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace pmp::api {
class Client;
}

namespace pmp::app {

// `patchdeck export` of a list view, streamed: each page is decoded off the main thread, written to
// the file as the console would show it, and let go, so memory stays flat however long the list. The
// file is a QSaveFile, committed only when every page arrived (a failed export leaves an earlier file
// untouched). On a terminal, progress goes to stderr.
class ListExport
{
public:
    ListExport(pmp::api::Client *client, const pmp::models::ViewSpec &view, pmp::api::ListQuery query,
               pmp::api::FetchOptions options, pmp::models::TableExporter::Format format, bool raw,
               const QString &path);

    // Runs the application's event loop until done. True when the file was written; else `error`.
    bool run(pmp::api::FetchOutcome *outcome, QString *error);

private:
    void write(const pmp::models::RowBatch &batch);
    void showProgress(qint64 received, qint64 total, bool last);

    pmp::api::Client *m_client;
    pmp::models::ViewSpec m_view;
    pmp::api::ListQuery m_query;
    pmp::api::FetchOptions m_options;
    QSaveFile m_file;
    pmp::models::ColumnStore m_window; // the rows of the page being written
    std::unique_ptr<pmp::models::TableExporter> m_writer;
    bool m_progress = false; // stderr is a terminal
    QElapsedTimer m_clock;
    qint64 m_lastShownMs = -1;
};

} // namespace pmp::app
