// The fault matrix (issue 14): every paged list operation of the catalogue, fetched whole through the
// real client and PagedFetch against the simulator over a loopback socket, with each kind of server
// fault injected on a page after the first. Every cell must end either complete and exact (the same
// records, in the same order and count, as a fault-free fetch of that list) or with a clear error
// (an ApiError with a message, the list not marked complete); never a crash, a hang, a partial list
// called complete or a duplicate row. A write under drop, 5xx and truncate is sent exactly once.
// The outcome of every cell is printed as a table at the end.

#include "SimulatorFixture.h"

#include "api/OperationCatalogue.h"
#include "api/PagedFetch.h"
#include "api/requests/ScanComputersRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace pmp::api;
using pmp::sim::SimulatorOptions;
using pmp::test::SimulatorFixture;

namespace {

constexpr int FetchTimeoutMs = 20000; // far above any cell's run time (under 1 s): only a hang reaches it
constexpr int PagesWanted = 5;        // each list in about this many pages, so a fault lands mid-list

// A small fleet: every list has a few pages of a few records, so 14 lists x 14 faults stay quick.
SimulatorOptions fleet(const QString &faults = {})
{
    SimulatorOptions o;
    o.computers = 60;
    o.patches = 120;
    o.seed = 14;
    o.faults = faults;
    return o;
}

// A record's identity is its whole content: two rows the same in every field are a duplicate, and
// a fault-free fetch must have none (checked in initTestCase).
QByteArray identity(const Record &record)
{
    return QJsonDocument(record.raw()).toJson(QJsonDocument::Compact);
}

struct Fetched
{
    FetchOutcome outcome;
    QList<QByteArray> rows; // identities, in delivery order
    bool finished = false;
};

Fetched fetchAll(Client &client, OperationId op, const ListQuery &query, int pageSize, int concurrency = 3)
{
    Fetched f;
    FetchOptions options;
    options.pageSize = pageSize;
    options.concurrency = concurrency;
    PagedFetch fetch(&client, op, query, options);
    QObject::connect(&fetch, &PagedFetch::pageArrived, [&f](int, const QList<Record> &records) {
        for (const Record &r : records)
            f.rows << identity(r);
    });
    QSignalSpy done(&fetch, &PagedFetch::finished);
    fetch.start();
    f.finished = done.wait(FetchTimeoutMs);
    if (!f.finished)
        fetch.cancel(); // a hang: the cell fails; stop before the fixture goes away
    f.outcome = fetch.outcome();
    return f;
}

// The paged read operations of the catalogue.
QList<OperationId> listOperations()
{
    QList<OperationId> ops;
    for (const Operation &op : OperationCatalogue::all())
        if (op.isList && !op.isWrite())
            ops << op.id;
    return ops;
}

QString rowName(OperationId id)
{
    const Operation &op = OperationCatalogue::get(id);
    return op.code + QLatin1Char(' ') + op.key;
}

// One column of the matrix: a fault on the list's own path, from its second request on, so page 1
// (which fixes the plan) arrives and the fault lands mid-list. `%P` is the path glob, `%S` the page
// size and `%D` twice that (the total lies are off by whole pages, so the plan really changes).
struct Fault
{
    const char *name;
    const char *spec;
};
constexpr Fault Faults[] = {
    {"latency", "latency:1:ms=100:path=%P:after=1"},                  // every later page late
    {"5xx", "5xx:1:status=503:path=%P:after=1:count=1"},              // one page once: a retry recovers
    {"5xx-always", "5xx:1:status=500:path=%P:after=1"},               // every retry fails too
    {"drop", "drop:1:path=%P:after=1:count=1"},                       // connection reset mid-answer
    {"truncate", "truncate:1:path=%P:after=1:count=1"},               // well framed, JSON cut in half
    {"html", "html:1:path=%P:after=1:count=1"},                       // a maintenance page with HTTP 200
    {"throttle+RA", "throttle:1:retry=1:path=%P:after=1:count=1"},    // 429 with Retry-After
    {"throttle-RA", "throttle:1:retry=none:path=%P:after=1:count=1"}, // 429 without Retry-After
    {"ignorepaging", "ignorepaging:1:path=%P:after=1"},               // page 1 whatever was asked
    {"total-up", "total:1:by=%S:path=%P:after=1"},                    // total grows by a page per answer
    {"total-down", "total:1:by=-%S:path=%P:after=1"},                 // total shrinks by a page per answer
    {"total-up-once", "total:1:by=%S:path=%P:after=1:count=1"},       // one answer overstates the total
    {"total-down-once", "total:1:by=-%S:path=%P:after=1:count=1"},    // one answer understates it
    // Page 3 late, and page 4 (arriving before it) understates the total by two pages: the plan
    // shrinks below page 4 before later answers grow it back.
    {"total-down-reordered", "latency:1:ms=150:path=%P:after=2:count=1, total:1:by=-%D:path=%P:after=3:count=1"},
    {"duplicate", "duplicate:1:path=%P:after=1:count=1"}, // the page before: one twice, one never
    {"huge", "huge:1:mb=65:path=%P:after=1:count=1"},     // past the client's 64 MB reply cap
};

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

    // What a fault-free fetch of each list gives, with the query and page size every cell uses.
    struct Reference
    {
        ListQuery query;
        QString pathGlob;
        int pageSize = 0;
        QList<QByteArray> rows;
    };
    QHash<int, Reference> m_reference;
    qint64 m_scanTarget = 0;                        // a computer for the write row
    QMap<QString, QMap<QString, QString>> m_matrix; // row -> column -> outcome
    QStringList m_columns;
    QElapsedTimer m_clock;

    // A cell that ends differently with one page at a time and with pages in parallel shows both.
    void record(const QString &row, const QString &column, const QString &cell)
    {
        QString &text = m_matrix[row][column];
        if (text.isEmpty())
            text = cell;
        else if (!text.split(QStringLiteral(" / ")).contains(cell))
            text += QStringLiteral(" / ") + cell;
        if (!m_columns.contains(column))
            m_columns << column;
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        SimulatorFixture f(fleet());
        QVERIFY(f.isListening());
        Client &client = f.client();

        // E39 lists the data of a query report: take the first report of the tree.
        QString reportId;
        {
            std::optional<Result<QueryReportNode>> reports;
            QObject context;
            client.queryReports(&context, [&reports](const Result<QueryReportNode> &r) { reports = r; });
            QTRY_VERIFY_WITH_TIMEOUT(reports.has_value(), FetchTimeoutMs);
            QVERIFY2(reports->ok(), qPrintable(reports->error.oneLine()));
            const auto leaves = reports->value.leaves();
            QVERIFY(!leaves.isEmpty());
            reportId = leaves.first().id;
        }
        // E19 is one computer's patches: take the computer with the most rows in E05, so it pages.
        {
            PagedFetch all(&client, OperationId::PatchStatusByComputer, {}, {});
            QHash<qint64, int> perComputer;
            connect(&all, &PagedFetch::pageArrived, this, [&perComputer](int, const QList<Record> &records) {
                for (const Record &r : records)
                    ++perComputer[r.integerOr(QStringLiteral("resource_id"), -1)];
            });
            QSignalSpy done(&all, &PagedFetch::finished);
            all.start();
            QVERIFY(done.wait(FetchTimeoutMs));
            QVERIFY(all.outcome().complete);
            for (auto it = perComputer.cbegin(); it != perComputer.cend(); ++it)
                if (it.key() > 0 && (m_scanTarget == 0 || it.value() > perComputer.value(m_scanTarget)))
                    m_scanTarget = it.key();
            QVERIFY(m_scanTarget > 0);
        }

        for (const OperationId id : listOperations()) {
            const Operation &op = OperationCatalogue::get(id);
            Reference ref;
            if (id == OperationId::SystemReport)
                ref.query.set(QStringLiteral("resid"), QString::number(m_scanTarget));
            if (id == OperationId::QueryReportData)
                ref.query.setPathId(reportId);
            ref.pathGlob = QString(op.path).replace(QLatin1String("{id}"), QLatin1String("*"));

            // Size the pages so the list comes in about PagesWanted pages.
            const Fetched probe = fetchAll(client, id, ref.query, 1000);
            QVERIFY2(probe.outcome.complete,
                     qPrintable(rowName(id) + QLatin1String(": ") + probe.outcome.error.oneLine()));
            const int count = int(probe.rows.size());
            QVERIFY2(count >= PagesWanted - 1, qPrintable(rowName(id) + QStringLiteral(": only %1 rows").arg(count)));
            ref.pageSize = qMax(1, (count + PagesWanted - 1) / PagesWanted);

            const Fetched clean = fetchAll(client, id, ref.query, ref.pageSize);
            QVERIFY2(clean.outcome.complete,
                     qPrintable(rowName(id) + QLatin1String(": ") + clean.outcome.error.oneLine()));
            QVERIFY2(clean.outcome.pages >= 4,
                     qPrintable(rowName(id) + QStringLiteral(": %1 pages").arg(clean.outcome.pages)));
            QCOMPARE(clean.rows, probe.rows); // the page size does not change the list
            // Identity by content only works if a clean list has no two rows alike.
            QCOMPARE(QSet<QByteArray>(clean.rows.cbegin(), clean.rows.cend()).size(), clean.rows.size());
            ref.rows = clean.rows;
            m_reference.insert(int(id), ref);
        }
    }

    void listUnderFault_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("concurrency");
        // One page at a time (every answer seen before the next request) and the default three in
        // parallel (answers overtaking each other): a lie about the total plays out differently.
        for (const OperationId id : listOperations())
            for (const Fault &fault : Faults)
                for (const int concurrency : {1, FetchOptions().concurrency})
                    QTest::addRow("%s x %s x c%d", qPrintable(rowName(id)), fault.name, concurrency)
                        << int(id) << QString::fromLatin1(fault.name) << QString::fromLatin1(fault.spec) << concurrency;
    }

    void listUnderFault()
    {
        QFETCH(int, op);
        QFETCH(QString, fault);
        QFETCH(QString, spec);
        QFETCH(int, concurrency);
        const auto id = OperationId(op);
        QVERIFY(m_reference.contains(op));
        const Reference &ref = m_reference.value(op);
        spec.replace(QLatin1String("%P"), ref.pathGlob)
            .replace(QLatin1String("%S"), QString::number(ref.pageSize))
            .replace(QLatin1String("%D"), QString::number(2 * ref.pageSize));

        // A fresh server per cell: the same seeded fleet, with only this cell's fault, and no request
        // of an earlier cell still on the wire to use up the fault's after= or count=.
        SimulatorFixture f(fleet(spec));
        QVERIFY(f.isListening());
        QString specError;
        QVERIFY2(f.simulator().setFaults(spec, &specError),
                 qPrintable(specError)); // parses, and resets the counts

        // The matrix shows a failed cell as FAIL (a failed check returns early); it is set to the
        // outcome once every check has passed.
        QString verdict = QStringLiteral("FAIL");
        const auto recordVerdict = qScopeGuard([&] { record(rowName(id), fault, verdict); });

        const Fetched run = fetchAll(f.client(), id, ref.query, ref.pageSize, concurrency);
        if (!run.finished)
            verdict = QStringLiteral("FAIL: hang");
        QVERIFY2(run.finished, "the fetch did not finish: a hang");
        QVERIFY2(f.simulator().faultsFired() > 0, qPrintable(QStringLiteral("the fault never hit: ") + spec));

        // Never a duplicate row, whatever the ending.
        QCOMPARE(QSet<QByteArray>(run.rows.cbegin(), run.rows.cend()).size(), run.rows.size());
        QCOMPARE(run.outcome.received, qint64(run.rows.size()));

        if (run.outcome.complete) {
            QVERIFY2(!run.outcome.error.isError(), qPrintable(run.outcome.error.oneLine()));
            // Complete means exact: the fault-free list, record for record.
            QCOMPARE(run.rows.size(), ref.rows.size());
            QVERIFY2(run.rows == ref.rows, "a list called complete differs from the fault-free fetch");
            verdict = QStringLiteral("exact");
        } else {
            QVERIFY2(run.outcome.error.isError(), "an incomplete list without an error");
            QVERIFY2(!run.outcome.error.message().trimmed().isEmpty(), "an error without a message");
            QVERIFY(run.outcome.error.kind() != ApiError::Kind::Cancelled); // nobody cancelled
            // What did arrive is a prefix of the real list: no hole, no foreign row.
            QVERIFY(run.rows.size() <= ref.rows.size());
            QVERIFY2(run.rows == ref.rows.mid(0, run.rows.size()),
                     "the rows that arrived are not the list's first rows");
            verdict = QStringLiteral("error: ") + ApiError::kindName(run.outcome.error.kind());
        }
    }

    // A write is never retried: one request on the wire whatever happens to its answer.
    void writeSentOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("outcomeUnknown"); // the answer is lost, so the outcome must say unknown
        const QString scan = QStringLiteral(":path=/api/1.4/patch/computers/scan:method=POST");
        // No count=: a second attempt would meet the fault again and show up as a second request.
        QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("drop:1") + scan << true;
        QTest::newRow("5xx") << QStringLiteral("5xx") << QStringLiteral("5xx:1:status=500") + scan << false;
        QTest::newRow("5xx-502") << QStringLiteral("5xx (502)") << QStringLiteral("5xx:1:status=502") + scan << true;
        QTest::newRow("truncate") << QStringLiteral("truncate") << QStringLiteral("truncate:1") + scan << true;
    }

    void writeSentOnce()
    {
        QFETCH(QString, fault);
        QFETCH(QString, spec);
        QFETCH(bool, outcomeUnknown);
        QVERIFY(m_scanTarget > 0);
        SimulatorFixture f(fleet(spec));
        QVERIFY(f.isListening());
        QVERIFY(f.simulator().setFaults(spec));

        std::optional<Result<ActionResult>> result;
        QObject context;
        f.client().perform(ScanComputersRequest({m_scanTarget}), &context,
                           [&result](const Result<ActionResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), FetchTimeoutMs);
        QCOMPARE(f.simulator().faultsFired(), 1);

        int sent = 0;
        for (const auto &request : f.simulator().requests())
            if (request.path == QLatin1String("/api/1.4/patch/computers/scan"))
                ++sent;
        const QString row = rowName(OperationId::ScanComputers) + QLatin1String(" (write)");
        record(row, fault,
               QStringLiteral("sent %1x, %2")
                   .arg(sent)
                   .arg(result->ok() ? QStringLiteral("ok") : ApiError::kindName(result->error.kind())));
        QCOMPARE(sent, 1);
        if (!result->ok())
            QVERIFY2(!result->error.message().trimmed().isEmpty(), "an error without a message");
        if (outcomeUnknown)
            QCOMPARE(result->error.kind(), ApiError::Kind::OutcomeUnknown);
        else
            QVERIFY(result->error.isError() && result->error.kind() != ApiError::Kind::OutcomeUnknown);
    }

    // The matrix, for the closing note: rows are operations, columns faults.
    void cleanupTestCase()
    {
        if (m_matrix.isEmpty())
            return;
        int rowWidth = 0;
        for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it)
            rowWidth = qMax(rowWidth, int(it.key().size()));
        QHash<QString, int> width;
        for (const QString &column : std::as_const(m_columns)) {
            int w = int(column.size());
            for (const auto &cells : std::as_const(m_matrix))
                w = qMax(w, int(cells.value(column).size()));
            width.insert(column, w);
        }
        auto line = [&](const QString &head, const std::function<QString(const QString &)> &cell) {
            QString text = QStringLiteral("| ") + head.leftJustified(rowWidth) + QStringLiteral(" |");
            for (const QString &column : std::as_const(m_columns))
                text += QLatin1Char(' ') + cell(column).leftJustified(width.value(column)) + QStringLiteral(" |");
            return text;
        };
        qInfo().noquote() << "Fault matrix (" << m_clock.elapsed() / 1000.0
                          << "s). A list cell is 'exact' or "
                             "'error: <kind>', 'c=1 / c=3' where one page at a time and three in parallel differ; "
                             "the write row counts the requests sent and gives the outcome:";
        qInfo().noquote() << line(QStringLiteral("operation"), [](const QString &c) { return c; });
        qInfo().noquote() << line(QString(rowWidth, QLatin1Char('-')),
                                  [&](const QString &c) { return QString(width.value(c), QLatin1Char('-')); });
        for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it) {
            const auto &cells = it.value();
            qInfo().noquote() << line(it.key(),
                                      [&cells](const QString &c) { return cells.value(c, QStringLiteral("")); });
        }
    }
};

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "FaultMatrixTest.moc"
