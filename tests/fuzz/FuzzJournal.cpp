// Fuzzes reading the action journal back: a store file is the user's, may come from an older or
// newer PatchDeck, or be edited by hand. Each input becomes one journal row (fields split at NUL
// bytes: times, texts, the targets and payload JSON, outcome and error kind), written straight into
// a real SQLite store in memory and read through ActionJournal::query() and the CSV/JSON export.
#include "FuzzSupport.h"

#include "store/ActionJournal.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlQuery>

using namespace pmp::store;

namespace {
// Never destroyed: libFuzzer exits through exit(), and tearing the application down after Qt's own
// globals are gone would crash in the harness, not in the code under test.
Database *db = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // the SQLite driver is a plugin
    db = new Database(Database::memoryPath());
    db->open();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> f = pmp::fuzz::bytes(data, size).split('\0');
    const auto text = [&f](int i) { return QString::fromUtf8(f.value(i)); };
    const auto number = [&f](int i) { return f.value(i).toLongLong(); };
    QSqlQuery clear(db->connection());
    clear.exec(QStringLiteral("DELETE FROM action_journal"));
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO action_journal (started_at, completed_at, profile, operation_code, operation_title, summary, "
        "targets, payload, request_id, outcome, message, error_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(number(0));
    q.addBindValue(f.value(1).isEmpty() ? QVariant() : QVariant(number(1)));
    for (int i = 2; i < 12; ++i)
        q.addBindValue(text(i));
    if (!q.exec())
        return 0;
    ActionJournal journal(*db);
    const QList<JournalEntry> entries = journal.query();
    if (entries.size() != 1)
        __builtin_trap(); // a stored row the journal cannot show is a row the admin loses
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    if (!journal.exportCsv({}, &csv) || !journal.exportJson({}, &json))
        __builtin_trap();
    return 0;
}
