#include "ActionJournal.h"

#include "api/SpreadsheetText.h"

#include "Database.h"
#include "SecretRedactor.h"
#include "StoreLog.h"
#include "StoreValues.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pmp::store {

namespace {

const QString Columns = QStringLiteral("id, started_at, completed_at, profile, operation_code, operation_title, "
                                       "summary, targets, payload, request_id, outcome, message, error_kind");

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.startedAt = fromStoreTime(q.value(1).toLongLong());
    if (!q.value(2).isNull())
        e.completedAt = fromStoreTime(q.value(2).toLongLong());
    e.profile = q.value(3).toString();
    e.operationCode = q.value(4).toString();
    e.operationTitle = q.value(5).toString();
    e.summary = q.value(6).toString();
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        e.targets << t.toString();
    e.payload = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.requestId = q.value(9).toString();
    e.outcome = JournalEntry::outcomeFromKey(q.value(10).toString()).value_or(JournalEntry::Outcome::OutcomeUnknown);
    e.message = q.value(11).toString();
    e.errorKind = JournalEntry::errorKindFromKey(q.value(12).toString());
    return e;
}

bool matchesText(const JournalEntry &e, const QString &text)
{
    auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(e.summary) || has(e.operationTitle) || has(e.operationCode) || has(e.message) || has(e.profile) ||
        has(e.requestId))
        return true;
    for (const QString &t : e.targets)
        if (has(t))
            return true;
    return false;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ActionJournal::ActionJournal(Database &database) : m_database(database) {}

qint64 ActionJournal::begin(const JournalEntry &entry)
{
    if (!m_database.isOpen())
        return -1;
    int redactions = 0;
    const QJsonObject payload = SecretRedactor::redact(entry.payload, &redactions);
    const QString summary = SecretRedactor::redactText(entry.summary, &redactions);
    const QStringList targets = SecretRedactor::redactTexts(entry.targets, &redactions);
    if (redactions > 0) // a caller put a secret where it does not belong; say so without repeating it
        qCWarning(lcStore) << "journal:" << redactions << "secret value(s) redacted from" << entry.operationCode;

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO action_journal (started_at, profile, operation_code, operation_title,"
                             " summary, targets, payload, request_id, outcome, message, error_kind)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"));
    q.addBindValue(toStoreTime(entry.startedAt));
    q.addBindValue(storeText(entry.profile));
    q.addBindValue(storeText(entry.operationCode));
    q.addBindValue(storeText(entry.operationTitle));
    q.addBindValue(storeText(summary));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(targets)).toJson(QJsonDocument::Compact)));
    q.addBindValue(compactJson(payload));
    q.addBindValue(storeText(entry.requestId));
    q.addBindValue(JournalEntry::outcomeKey(JournalEntry::Outcome::Pending));
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: recording" << entry.operationCode << "failed:" << q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool ActionJournal::complete(qint64 id, JournalEntry::Outcome outcome, const QString &message,
                             api::ApiError::Kind errorKind, const QDateTime &at)
{
    if (!m_database.isOpen() || outcome == JournalEntry::Outcome::Pending)
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE action_journal SET outcome = ?, message = ?, error_kind = ?, completed_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(JournalEntry::outcomeKey(outcome));
    q.addBindValue(storeText(SecretRedactor::redactText(message)));
    q.addBindValue(storeText(errorKind == api::ApiError::Kind::None ? QString() : api::ApiError::kindName(errorKind)));
    q.addBindValue(toStoreTime(at));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: completing entry" << id << "failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

int ActionJournal::reconcileInterrupted(const QDateTime &at)
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE action_journal SET outcome = ?, message = ?, error_kind = ?, completed_at = ?"
                             " WHERE outcome = ?"));
    q.addBindValue(JournalEntry::outcomeKey(JournalEntry::Outcome::OutcomeUnknown));
    q.addBindValue(QCoreApplication::translate("pmp::store::ActionJournal",
                                               "PatchDeck stopped before the server's answer arrived. Check on the "
                                               "server whether this action took effect."));
    q.addBindValue(api::ApiError::kindName(api::ApiError::Kind::OutcomeUnknown));
    q.addBindValue(toStoreTime(at));
    q.addBindValue(JournalEntry::outcomeKey(JournalEntry::Outcome::Pending));
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: reconciling interrupted entries failed:" << q.lastError().text();
        return 0;
    }
    const int n = q.numRowsAffected();
    if (n > 0)
        qCWarning(lcStore) << "journal:" << n << "write(s) were interrupted; outcome unknown";
    return n;
}

std::optional<JournalEntry> ActionJournal::entry(qint64 id) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery q(m_database.connection());
    q.prepare(QLatin1String("SELECT ") + Columns + QLatin1String(" FROM action_journal WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<JournalEntry> ActionJournal::query(const JournalFilter &filter) const
{
    QList<JournalEntry> entries;
    if (!m_database.isOpen())
        return entries;
    QStringList where;
    QVariantList binds;
    if (filter.from.isValid()) {
        where << QStringLiteral("started_at >= ?");
        binds << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("started_at <= ?");
        binds << filter.to.toMSecsSinceEpoch();
    }
    if (!filter.operationCode.isEmpty()) {
        where << QStringLiteral("operation_code = ? COLLATE NOCASE");
        binds << filter.operationCode;
    }
    if (filter.outcome) {
        where << QStringLiteral("outcome = ?");
        binds << JournalEntry::outcomeKey(*filter.outcome);
    }
    QString sql = QLatin1String("SELECT ") + Columns + QLatin1String(" FROM action_journal");
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY started_at DESC, id DESC");
    // Text search runs here rather than in SQL: SQLite's LIKE folds case for ASCII only.
    const bool textFilter = !filter.text.isEmpty();
    if (filter.limit > 0 && !textFilter)
        sql += QLatin1String(" LIMIT ") + QString::number(filter.limit);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: query failed:" << q.lastError().text();
        return entries;
    }
    while (q.next()) {
        JournalEntry e = readEntry(q);
        if (textFilter && !matchesText(e, filter.text))
            continue;
        entries.append(std::move(e));
        if (filter.limit > 0 && entries.size() >= filter.limit)
            break;
    }
    return entries;
}

QStringList ActionJournal::exportColumns()
{
    return {QStringLiteral("id"),      QStringLiteral("started_at"),     QStringLiteral("completed_at"),
            QStringLiteral("profile"), QStringLiteral("operation_code"), QStringLiteral("operation"),
            QStringLiteral("summary"), QStringLiteral("targets"),        QStringLiteral("outcome"),
            QStringLiteral("message"), QStringLiteral("error_kind"),     QStringLiteral("request_id"),
            QStringLiteral("payload")};
}

bool ActionJournal::exportCsv(const JournalFilter &filter, QIODevice *out, bool raw) const
{
    if (!out || !out->isWritable())
        return false;
    const QLatin1String eol("\r\n");
    QString text;
    QStringList header;
    for (const QString &c : exportColumns())
        header << pmp::api::SpreadsheetText::csvField(c);
    text += header.join(QLatin1Char(',')) + eol;
    for (const JournalEntry &e : query(filter)) {
        // Targets one per line inside the cell: names may contain commas or semicolons themselves.
        const QStringList fields = {QString::number(e.id),
                                    isoTime(e.startedAt),
                                    isoTime(e.completedAt),
                                    e.profile,
                                    e.operationCode,
                                    e.operationTitle,
                                    e.summary,
                                    e.targets.join(QLatin1Char('\n')),
                                    JournalEntry::outcomeKey(e.outcome),
                                    e.message,
                                    e.errorKind == api::ApiError::Kind::None ? QString()
                                                                             : api::ApiError::kindName(e.errorKind),
                                    e.requestId,
                                    compactJson(e.payload)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << pmp::api::SpreadsheetText::csvField(f, raw);
        text += quoted.join(QLatin1Char(',')) + eol;
    }
    const QByteArray bytes = text.toUtf8();
    return out->write(bytes) == bytes.size();
}

bool ActionJournal::exportJson(const JournalFilter &filter, QIODevice *out) const
{
    if (!out || !out->isWritable())
        return false;
    QJsonArray array;
    for (const JournalEntry &e : query(filter)) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("started_at"), isoTime(e.startedAt));
        o.insert(QStringLiteral("completed_at"),
                 e.completedAt.isValid() ? QJsonValue(isoTime(e.completedAt)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("profile"), e.profile);
        o.insert(QStringLiteral("operation_code"), e.operationCode);
        o.insert(QStringLiteral("operation"), e.operationTitle);
        o.insert(QStringLiteral("summary"), e.summary);
        o.insert(QStringLiteral("targets"), QJsonArray::fromStringList(e.targets));
        o.insert(QStringLiteral("outcome"), JournalEntry::outcomeKey(e.outcome));
        o.insert(QStringLiteral("message"), e.message);
        o.insert(QStringLiteral("error_kind"),
                 e.errorKind == api::ApiError::Kind::None ? QString() : api::ApiError::kindName(e.errorKind));
        o.insert(QStringLiteral("request_id"), e.requestId);
        o.insert(QStringLiteral("payload"), e.payload);
        array.append(o);
    }
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return out->write(bytes) == bytes.size();
}

} // namespace pmp::store
