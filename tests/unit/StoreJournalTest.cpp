#include "IsoTime.h"
#include "TempDatabase.h"
#include "store/ActionJournal.h"
#include "store/Database.h"
#include "store/SecretRedactor.h"

#include "api/OperationCatalogue.h"
#include "api/WriteRequest.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pmp::store;
using pmp::test::isoTime;
using Outcome = JournalEntry::Outcome;
using Kind = pmp::api::ApiError::Kind;

namespace {

JournalEntry entry(const char *started, const QString &code, const QString &summary, const QStringList &targets = {})
{
    JournalEntry e;
    e.startedAt = isoTime(started);
    e.profile = QStringLiteral("Production EU");
    e.operationCode = code;
    e.operationTitle = QStringLiteral("Operation %1").arg(code);
    e.summary = summary;
    e.targets = targets;
    e.payload = QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("PatchIDs"), QJsonArray{101, 102}}}}};
    e.requestId = QStringLiteral("req-") + summary.left(8);
    return e;
}

// A strict RFC 4180 reader, to check what a spreadsheet would see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

class FakeApprove : public pmp::api::WriteRequest
{
public:
    pmp::api::OperationId operation() const override { return pmp::api::OperationId::CreateApdTask; }
    pmp::api::ApiError validate(const QDateTime &) const override { return {}; }
    QJsonObject body() const override
    {
        return {{QStringLiteral("PatchIDs"), QJsonArray{101}},
                {QStringLiteral("access_token"), QStringLiteral("oops")}};
    }
    QUrlQuery query() const override
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("taskname"), QStringLiteral("Weekly Zürich"));
        return q;
    }
    QString summary() const override { return QStringLiteral("Create APD task 'Weekly Zürich'"); }
    QStringList targets() const override { return {QStringLiteral("Weekly Zürich")}; }
};

} // namespace

class StoreJournalTest : public pmp::test::TempDatabaseTest
{
    Q_OBJECT

private slots:
    void beginThenComplete()
    {
        ActionJournal journal(*m_db);
        const qint64 id =
            journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E13"), QStringLiteral("Approve 2 patches"),
                                {QStringLiteral("101"), QStringLiteral("102")}));
        QVERIFY(id > 0);
        auto e = journal.entry(id);
        QVERIFY(e.has_value());
        QCOMPARE(e->outcome, Outcome::Pending);
        QVERIFY(!e->completedAt.isValid());
        QCOMPARE(e->startedAt, isoTime("2026-03-01T10:00:00Z"));
        QCOMPARE(e->profile, QStringLiteral("Production EU"));
        QCOMPARE(e->operationCode, QStringLiteral("E13"));
        QCOMPARE(e->targets, (QStringList{QStringLiteral("101"), QStringLiteral("102")}));
        QCOMPARE(e->payload.value(QStringLiteral("body")).toObject().value(QStringLiteral("PatchIDs")).toArray().size(),
                 2);
        QCOMPARE(e->errorKind, Kind::None);

        QVERIFY(journal.complete(id, Outcome::Succeeded, QStringLiteral("Initiated Successfully"), Kind::None,
                                 isoTime("2026-03-01T10:00:02.5Z")));
        e = journal.entry(id);
        QCOMPARE(e->outcome, Outcome::Succeeded);
        QCOMPARE(e->message, QStringLiteral("Initiated Successfully"));
        QCOMPARE(e->completedAt, isoTime("2026-03-01T10:00:02.5Z"));

        const qint64 failed =
            journal.begin(entry("2026-03-01T10:01:00Z", QStringLiteral("E36"), QStringLiteral("Remove 1 computer")));
        QVERIFY(failed > id);
        QVERIFY(journal.complete(failed, Outcome::Failed, QStringLiteral("Forbidden"), Kind::Forbidden));
        QCOMPARE(journal.entry(failed)->errorKind, Kind::Forbidden);
        QVERIFY(journal.entry(failed)->completedAt.isValid());

        QVERIFY(!journal.complete(9999, Outcome::Succeeded, {})); // no such entry
        QVERIFY(!journal.complete(failed, Outcome::Pending, {})); // not an outcome
        QVERIFY(!journal.entry(9999).has_value());
    }

    void refusedIsRecordedToo()
    {
        ActionJournal journal(*m_db);
        const qint64 id =
            journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E26"), QStringLiteral("Create task")));
        QVERIFY(journal.complete(id, Outcome::Refused, QStringLiteral("The deadline is more than a year ahead."),
                                 Kind::Validation));
        QCOMPARE(journal.entry(id)->outcome, Outcome::Refused);
        QCOMPARE(journal.entry(id)->errorKind, Kind::Validation);
    }

    void newestFirstAndFilters()
    {
        ActionJournal journal(*m_db);
        const qint64 a = journal.begin(entry("2026-03-01T09:00:00Z", QStringLiteral("E13"),
                                             QStringLiteral("Approve patches"), {QStringLiteral("KB5034441")}));
        const qint64 b =
            journal.begin(entry("2026-03-02T09:00:00Z", QStringLiteral("E06"), QStringLiteral("Scan 3 computers"),
                                {QStringLiteral("ÄRZTEHAUS-PC1"), QStringLiteral("Бухгалтерия-02")}));
        const qint64 c =
            journal.begin(entry("2026-03-03T09:00:00Z", QStringLiteral("E13"), QStringLiteral("Approve more patches")));
        const qint64 d = journal.begin(entry("2026-03-03T09:00:00Z", QStringLiteral("E36"),
                                             QStringLiteral("Remove computer"))); // same time as c
        QVERIFY(journal.complete(a, Outcome::Succeeded, {}));
        QVERIFY(journal.complete(b, Outcome::Failed, QStringLiteral("Throttled"), Kind::Throttled));
        QVERIFY(journal.complete(c, Outcome::OutcomeUnknown, {}, Kind::OutcomeUnknown));

        auto ids = [&](const JournalFilter &f) {
            QList<qint64> list;
            for (const JournalEntry &e : journal.query(f))
                list << e.id;
            return list;
        };
        QCOMPARE(ids({}), (QList<qint64>{d, c, b, a})); // newest first; a tie goes to the later entry

        JournalFilter f;
        f.from = isoTime("2026-03-02T00:00:00Z");
        f.to = isoTime("2026-03-03T09:00:00Z"); // inclusive
        QCOMPARE(ids(f), (QList<qint64>{d, c, b}));
        f = {};
        f.operationCode = QStringLiteral("e13");
        QCOMPARE(ids(f), (QList<qint64>{c, a}));
        f = {};
        f.outcome = Outcome::Pending;
        QCOMPARE(ids(f), (QList<qint64>{d}));
        f.outcome = Outcome::Failed;
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f = {};
        f.text = QStringLiteral("ärztehaus"); // case folding beyond ASCII, in targets
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = QStringLiteral("БУХГАЛТЕРИЯ");
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = QStringLiteral("throttled"); // in the message
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = QStringLiteral("approve");
        QCOMPARE(ids(f), (QList<qint64>{c, a}));
        f.limit = 1;
        QCOMPARE(ids(f), (QList<qint64>{c}));
        f = {};
        f.limit = 2;
        QCOMPARE(ids(f), (QList<qint64>{d, c}));
        f = {};
        f.operationCode = QStringLiteral("E13");
        f.outcome = Outcome::Succeeded;
        f.to = isoTime("2026-03-01T09:00:00Z");
        QCOMPARE(ids(f), (QList<qint64>{a}));
    }

    void reconcileInterruptedAfterACrash()
    {
        const QString path = m_db->path();
        qint64 sent = 0, done = 0;
        {
            ActionJournal journal(*m_db);
            sent =
                journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E33"), QStringLiteral("Uninstall agent")));
            done = journal.begin(entry("2026-03-01T10:00:01Z", QStringLiteral("E06"), QStringLiteral("Scan")));
            QVERIFY(journal.complete(done, Outcome::Succeeded, QStringLiteral("ok")));
        }
        m_db.close(); // the process ends with `sent` still pending

        Database restarted(path);
        QCOMPARE(restarted.open().status, OpenResult::Status::Opened);
        ActionJournal journal(restarted);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("1 write\\(s\\) were interrupted")));
        QCOMPARE(journal.reconcileInterrupted(isoTime("2026-03-01T12:00:00Z")), 1);
        const auto e = journal.entry(sent);
        QCOMPARE(e->outcome, Outcome::OutcomeUnknown);
        QCOMPARE(e->errorKind, Kind::OutcomeUnknown);
        QVERIFY(e->message.contains(QLatin1String("Check on the server")));
        QCOMPARE(e->completedAt, isoTime("2026-03-01T12:00:00Z"));
        QCOMPARE(journal.entry(done)->outcome, Outcome::Succeeded); // finished entries untouched
        QCOMPARE(journal.entry(done)->message, QStringLiteral("ok"));
        QCOMPARE(journal.reconcileInterrupted(), 0);
    }

    void csvQuoting()
    {
        ActionJournal journal(*m_db);
        const QString tricky = QStringLiteral("Install \"KB5034441\", then reboot\nline two — Zürich 東京 Москва");
        const qint64 id = journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E02"), tricky,
                                              {QStringLiteral("PC, one"), QStringLiteral("PC \"two\"")}));
        QVERIFY(journal.complete(id, Outcome::Failed, QStringLiteral(" leading and trailing space "), Kind::Http));
        journal.begin(entry("2026-03-01T09:00:00Z", QStringLiteral("E06"), QStringLiteral("plain")));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(journal.exportCsv({}, &buffer));
        const QByteArray bytes = buffer.data();
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        // The raw form of the quoted fields, exactly.
        QVERIFY(
            text.contains(QStringLiteral("\"Install \"\"KB5034441\"\", then reboot\nline two — Zürich 東京 Москва\"")));
        QVERIFY(text.contains(QStringLiteral("\"PC, one\nPC \"\"two\"\"\"")));
        QVERIFY(text.contains(QStringLiteral("\" leading and trailing space \"")));

        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header, ActionJournal::exportColumns());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const QStringList first = rows.at(1); // newest first
        auto col = [&](const QStringList &row, const char *name) {
            return row.at(header.indexOf(QLatin1String(name)));
        };
        QCOMPARE(col(first, "id"), QString::number(id));
        QCOMPARE(col(first, "summary"), tricky);
        QCOMPARE(col(first, "targets"), QStringLiteral("PC, one\nPC \"two\""));
        QCOMPARE(col(first, "message"), QStringLiteral(" leading and trailing space "));
        QCOMPARE(col(first, "outcome"), QStringLiteral("failed"));
        QCOMPARE(col(first, "error_kind"), QStringLiteral("http"));
        QCOMPARE(col(first, "started_at"), QStringLiteral("2026-03-01T10:00:00.000Z"));
        QVERIFY(!col(first, "completed_at").isEmpty());
        QCOMPARE(QJsonDocument::fromJson(col(first, "payload").toUtf8()).object(),
                 entry("2026-03-01T10:00:00Z", {}, {}).payload);
        QCOMPARE(col(rows.at(2), "summary"), QStringLiteral("plain"));
        QCOMPARE(col(rows.at(2), "completed_at"), QString());

        // A filter applies to the export as to the list.
        JournalFilter onlyScans;
        onlyScans.operationCode = QStringLiteral("E06");
        QBuffer filtered;
        filtered.open(QIODevice::WriteOnly);
        QVERIFY(journal.exportCsv(onlyScans, &filtered));
        QCOMPARE(parseCsv(QString::fromUtf8(filtered.data())).size(), 2);
    }

    void jsonExport()
    {
        ActionJournal journal(*m_db);
        const QString tricky = QStringLiteral("Install \"x\", y\nz — 東京");
        const qint64 id =
            journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E02"), tricky, {QStringLiteral("PC, one")}));
        QVERIFY(journal.complete(id, Outcome::Succeeded, QStringLiteral("Initiated Successfully")));
        journal.begin(entry("2026-03-01T09:00:00Z", QStringLiteral("E06"), QStringLiteral("plain")));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(journal.exportJson({}, &buffer));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(first.value(QStringLiteral("summary")).toString(), tricky);
        QCOMPARE(first.value(QStringLiteral("targets")).toArray(), QJsonArray{QStringLiteral("PC, one")});
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(first.value(QStringLiteral("started_at")).toString(), QStringLiteral("2026-03-01T10:00:00.000Z"));
        QCOMPARE(first.value(QStringLiteral("payload")).toObject(), entry("2026-03-01T10:00:00Z", {}, {}).payload);
        QVERIFY(array.at(1).toObject().value(QStringLiteral("completed_at")).isNull());
        QCOMPARE(QStringList(first.keys()).size(), ActionJournal::exportColumns().size());
    }

    // Decision: secrets are redacted, not refused — the write still has to be journaled.
    void secretsAreRedactedNeverStored()
    {
        const QString access = QStringLiteral("1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210");
        const QString refresh =
            QStringLiteral("1000.aaaabbbbccccddddeeeeffff00001111.22223333444455556666777788889999");
        ActionJournal journal(*m_db);
        JournalEntry e = entry("2026-03-01T10:00:00Z", QStringLiteral("E26"),
                               QStringLiteral("Create task; header was Zoho-oauthtoken ") + access);
        e.payload = QJsonObject{
            {QStringLiteral("Authorization"), QString(QStringLiteral("Zoho-oauthtoken ") + access)},
            {QStringLiteral("body"),
             QJsonObject{
                 {QStringLiteral("TaskName"), QStringLiteral("Weekly")},
                 {QStringLiteral("access_token"), access},
                 {QStringLiteral("nested"), QJsonArray{QJsonObject{{QStringLiteral("Refresh-Token"), refresh}}}},
                 {QStringLiteral("client_secret"), QStringLiteral("s3cr3t-value")},
                 {QStringLiteral("note"), QString(QStringLiteral("sent with Bearer ") + refresh)}}},
        };
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("secret value\\(s\\) redacted")));
        const qint64 id = journal.begin(e);
        QVERIFY(id > 0); // still journaled
        const JournalEntry stored = journal.entry(id).value();
        QCOMPARE(stored.payload.value(QStringLiteral("Authorization")).toString(), SecretRedactor::placeholder());
        const QJsonObject body = stored.payload.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("TaskName")).toString(),
                 QStringLiteral("Weekly")); // the rest is kept
        QCOMPARE(body.value(QStringLiteral("access_token")).toString(), SecretRedactor::placeholder());
        QCOMPARE(body.value(QStringLiteral("client_secret")).toString(), SecretRedactor::placeholder());
        QCOMPARE(body.value(QStringLiteral("nested"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Refresh-Token"))
                     .toString(),
                 SecretRedactor::placeholder());
        QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("sent with Bearer [redacted]"));
        QCOMPARE(stored.summary, QStringLiteral("Create task; header was Zoho-oauthtoken [redacted]"));
        QVERIFY(journal.complete(id, Outcome::Failed, QStringLiteral("rejected token ") + access));
        QCOMPARE(journal.entry(id)->message, QStringLiteral("rejected token [redacted]"));

        // Nothing of the secrets reached the disk, in the database or its WAL.
        QByteArray disk;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_db->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                disk += f.readAll();
        }
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains(access.toUtf8()));
        QVERIFY(!disk.contains(refresh.toUtf8()));
        QVERIFY(!disk.contains("s3cr3t-value"));
    }

    void redactionRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        for (const char *k :
             {"Authorization", "authorization", "access_token", "refresh_token", "id_token", "token", "AccessToken",
              "client_secret", "password", "adminPassword", "Cookie", "Set-Cookie", "api_key", "code_verifier"})
            QTest::newRow(k) << QString::fromLatin1(k) << true;
        for (const char *k : {"TaskName", "PatchIDs", "ResourceIDs", "deploymentPolicyId", "customerid", "tokens_used",
                              "description", "code"})
            QTest::newRow(k) << QString::fromLatin1(k) << false;
    }
    void redactionRules()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(SecretRedactor::isSecretKey(key), secret);
    }

    void entryFromARequest()
    {
        const FakeApprove request;
        const JournalEntry e = JournalEntry::forRequest(request, QStringLiteral("Prod"), QStringLiteral("r-1"),
                                                        isoTime("2026-03-01T10:00:00Z"));
        const pmp::api::Operation &op = pmp::api::OperationCatalogue::get(pmp::api::OperationId::CreateApdTask);
        QCOMPARE(e.operationCode, op.code);
        QCOMPARE(e.operationTitle, op.title);
        QCOMPARE(e.summary, request.summary());
        QCOMPARE(e.targets, request.targets());
        QCOMPARE(e.payload.value(QStringLiteral("query")).toObject().value(QStringLiteral("taskname")).toString(),
                 QStringLiteral("Weekly Zürich"));

        ActionJournal journal(*m_db);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("redacted")));
        const qint64 id = journal.begin(e);
        const QJsonObject body = journal.entry(id)->payload.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("access_token")).toString(), SecretRedactor::placeholder());
        QCOMPARE(body.value(QStringLiteral("PatchIDs")).toArray(), QJsonArray{101});
    }

    void closedStoreRefusesQuietly()
    {
        m_db->close();
        ActionJournal journal(*m_db);
        QCOMPARE(journal.begin(entry("2026-03-01T10:00:00Z", QStringLiteral("E06"), QStringLiteral("x"))), -1);
        QVERIFY(journal.query().isEmpty());
        QCOMPARE(journal.reconcileInterrupted(), 0);
    }
};

QTEST_GUILESS_MAIN(StoreJournalTest)
#include "StoreJournalTest.moc"
