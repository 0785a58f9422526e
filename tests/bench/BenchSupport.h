#pragma once

// Parts of the console benchmark that are not the console: the simulator in its own process, the
// transfer floor, a heartbeat on the GUI thread, memory readings and the figures it prints.

#include "api/ListQuery.h"
#include "api/Operation.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <vector>

namespace pmp::bench {

// patchdeck-sim in a process of its own, as an admin's client meets a server.
class SimulatorProcess
{
public:
    SimulatorProcess(const QString &program, int computers, const QString &token);
    ~SimulatorProcess();
    bool start(QString *error);
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QString m_program;
    int m_computers;
    QString m_token;
    QUrl m_url;
};

// The transfer floor: the same pages with the same page size and concurrency as the client asks
// for, bodies read and thrown away. What no client can beat on this server.
class FloorFetch : public QObject
{
    Q_OBJECT
public:
    FloorFetch(const QUrl &server, const QByteArray &token, pmp::api::OperationId operation,
               const pmp::api::ListQuery &query, int pageSize, int concurrency);
    // Runs to the end; false when a page failed.
    bool run(QString *error);
    qint64 milliseconds() const { return m_ms; }
    qint64 pages() const { return m_pages; }
    qint64 bytes() const { return m_bytes; }
    qint64 items() const { return m_total; }

private:
    void request(int page);
    QUrl pageUrl(int page) const;

    QNetworkAccessManager m_network;
    QEventLoop m_loop;
    QUrl m_server;
    QByteArray m_token;
    pmp::api::OperationId m_operation;
    pmp::api::ListQuery m_query;
    int m_pageSize;
    int m_concurrency;
    int m_next = 2;
    int m_lastPage = 1;
    int m_inFlight = 0;
    qint64 m_pages = 0;
    qint64 m_bytes = 0;
    qint64 m_total = 0;
    qint64 m_ms = 0;
    QString m_error;
    QElapsedTimer m_clock;
};

// A timer that should fire every few milliseconds on the GUI thread; the longest gap beyond that is
// the longest time the GUI thread was busy with something else.
class Heartbeat : public QObject
{
    Q_OBJECT
public:
    explicit Heartbeat(int intervalMs = 5);
    void restart();
    qint64 longestStallMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_interval;
};

// Resident set size of this process now, and the peak of this or another process (Linux; 0
// elsewhere), in KiB.
qint64 residentKiB();
qint64 peakResidentKiB(qint64 pid = 0);
// CPU time this process has used so far (user + system, all threads), in milliseconds.
qint64 cpuMilliseconds();

double median(std::vector<double> values);
double percentile(std::vector<double> values, double p);

// The figures: printed as they come, and written as JSON at the end.
class Figures
{
public:
    void add(const QString &name, double value, const QString &unit, int decimals = 0);
    void note(const QString &name, const QString &text);
    const QJsonObject &json() const { return m_json; }
    bool has(const QString &name) const { return m_json.contains(name); }
    bool write(const QString &path) const;

private:
    QJsonObject m_json;
};

} // namespace pmp::bench
