#include "ListExport.h"

#include "models/DecodedFetch.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PD_ISATTY _isatty
#define PD_FILENO _fileno
#else
#include <unistd.h>
#define PD_ISATTY isatty
#define PD_FILENO fileno
#endif

namespace pmp::app {

using namespace pmp::api;
using namespace pmp::models;

ListExport::ListExport(Client *client, const ViewSpec &view, ListQuery query, FetchOptions options,
                       TableExporter::Format format, bool raw, const QString &path)
    : m_client(client), m_view(view), m_query(std::move(query)), m_options(options), m_file(path),
      m_window(view.columns)
{
    const QList<int> columns = view.defaultColumns();
    m_writer = std::make_unique<TableExporter>(view.columns, columns, view.keysOf(columns), format, m_file);
    m_writer->setRaw(raw);
    m_progress = PD_ISATTY(PD_FILENO(stderr)) != 0;
}

void ListExport::write(const RowBatch &batch)
{
    m_window.append(batch);
    m_writer->writeRows(m_window, nullptr, 0, m_window.rowCount());
    m_window.dropRows();
}

void ListExport::showProgress(qint64 received, qint64 total, bool last)
{
    if (!m_progress)
        return;
    const qint64 now = m_clock.elapsed();
    if (!last && m_lastShownMs >= 0 && now - m_lastShownMs < 250)
        return;
    m_lastShownMs = now;
    const QLocale c = QLocale::c();
    const double rate = now > 0 ? double(received) * 1000.0 / double(now) : 0.0;
    QString line = total > 0 ? QStringLiteral("%1: %2 of %3 rows (%4%)")
                                   .arg(m_view.id, c.toString(received), c.toString(total))
                                   .arg(received * 100 / total)
                             : QStringLiteral("%1: %2 rows").arg(m_view.id, c.toString(received));
    line += QStringLiteral(", %1 rows/s").arg(c.toString(qint64(rate)));
    std::fprintf(stderr, "\r%s\033[K%s", qPrintable(line), last ? "\n" : "");
    std::fflush(stderr);
}

bool ListExport::run(FetchOutcome *outcome, QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_writer->begin();
    m_clock.start();
    DecodedFetch fetch(m_client, m_view, m_query, m_options);
    QObject::connect(&fetch, &DecodedFetch::batchReady,
                     [this](const std::shared_ptr<const RowBatch> &batch) { write(*batch); });
    QObject::connect(&fetch, &DecodedFetch::progress,
                     [this](qint64 received, qint64 total) { showProgress(received, total, false); });
    QObject::connect(&fetch, &DecodedFetch::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    QMetaObject::invokeMethod(&fetch, &DecodedFetch::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    *outcome = fetch.outcome();
    showProgress(outcome->received, outcome->total, true);
    if (!outcome->complete) {
        m_file.cancelWriting();
        return false;
    }
    if (!m_writer->end() || !m_file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace pmp::app
