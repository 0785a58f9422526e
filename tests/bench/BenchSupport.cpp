#include "BenchSupport.h"

#include "api/OperationCatalogue.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace pmp::bench {

SimulatorProcess::SimulatorProcess(const QString &program, int computers, const QString &token)
    : m_program(program), m_computers(computers), m_token(token)
{
}

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimulatorProcess::start(QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_program,
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--static-token"),
                     m_token, QStringLiteral("--computers"), QString::number(m_computers)});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    // It prints "listening on http://127.0.0.1:PORT" when ready.
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        if (!m_process.waitForReadyRead(1000) && m_process.state() == QProcess::NotRunning)
            break;
        out += m_process.readAllStandardOutput();
        const int at = out.indexOf("listening on ");
        const int end = at >= 0 ? out.indexOf('\n', at) : -1;
        if (end > at) {
            m_url = QUrl(QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed());
            return m_url.isValid();
        }
    }
    *error = QStringLiteral("the simulator did not start: %1").arg(QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

FloorFetch::FloorFetch(const QUrl &server, const QByteArray &token, pmp::api::OperationId operation,
                       const pmp::api::ListQuery &query, int pageSize, int concurrency)
    : m_server(server), m_token(token), m_operation(operation), m_query(query), m_pageSize(pageSize),
      m_concurrency(concurrency)
{
}

QUrl FloorFetch::pageUrl(int page) const
{
    const pmp::api::Operation &op = pmp::api::OperationCatalogue::get(m_operation);
    QUrl url = m_server;
    url.setPath(op.path);
    url.setQuery(m_query.toUrlQuery(op, page, m_pageSize));
    return url;
}

void FloorFetch::request(int page)
{
    QNetworkRequest req(pageUrl(page));
    req.setRawHeader("Authorization", "Zoho-oauthtoken " + m_token);
    req.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(req);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, page] {
        reply->deleteLater();
        --m_inFlight;
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            m_error = QStringLiteral("page %1: %2").arg(page).arg(reply->errorString());
            m_loop.exit(1);
            return;
        }
        m_bytes += body.size();
        ++m_pages;
        if (page == 1) {
            // Only page 1 is read: for the total and the page size the server uses.
            pmp::api::RawReply raw;
            raw.httpStatus = 200;
            raw.body = body;
            pmp::api::ApiError error;
            const auto parsed = pmp::api::ResponseParser::parse(pmp::api::OperationCatalogue::get(m_operation), raw);
            const pmp::api::RecordPage first = pmp::api::ResponseParser::records(parsed, &error);
            const int size = first.info.pageSize > 0 ? first.info.pageSize : int(first.records.size());
            m_total = first.info.total;
            m_pageSize = size;
            m_lastPage = size > 0 && m_total > 0 ? int((m_total + size - 1) / size) : 1;
        }
        while (m_inFlight < m_concurrency && m_next <= m_lastPage)
            request(m_next++);
        if (m_inFlight == 0) {
            m_ms = m_clock.elapsed();
            m_loop.exit(0);
        }
    });
}

bool FloorFetch::run(QString *error)
{
    m_clock.start();
    request(1);
    const int code = m_loop.exec();
    if (code != 0 || !m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

Heartbeat::Heartbeat(int intervalMs) : m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last - m_interval);
        m_last = now;
    });
    m_clock.start();
    m_timer.start();
}

void Heartbeat::restart()
{
    m_last = m_clock.elapsed();
    m_longest = 0;
}

namespace {
qint64 statusField(const char *field, qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}
} // namespace

qint64 residentKiB()
{
    return statusField("VmRSS:");
}

qint64 peakResidentKiB(qint64 pid)
{
    return statusField("VmHWM:", pid);
}

qint64 cpuMilliseconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return qint64(ticks * 1000.0 / double(sysconf(_SC_CLK_TCK)));
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 50.0);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

void Figures::add(const QString &name, double value, const QString &unit, int decimals)
{
    m_json.insert(name, value);
    std::printf("  %-44s %12s %s\n", qPrintable(name), qPrintable(QString::number(value, 'f', decimals)),
                qPrintable(unit));
    std::fflush(stdout);
}

void Figures::note(const QString &name, const QString &text)
{
    m_json.insert(name, text);
    std::printf("  %-44s %s\n", qPrintable(name), qPrintable(text));
    std::fflush(stdout);
}

bool Figures::write(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(m_json).toJson()) > 0;
}

} // namespace pmp::bench
