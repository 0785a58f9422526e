#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::api {

// One item of a list operation, read tolerantly: every accessor accepts the number-as-string and
// placeholder variants the server produces. Keys are literal (dotted keys are not paths).
class Record
{
public:
    Record() = default;
    explicit Record(QJsonObject object) : m_object(std::move(object)) {}

    const QJsonObject &raw() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    QStringList keys() const { return m_object.keys(); }

    std::optional<qint64> integer(const QString &key) const;
    qint64 integerOr(const QString &key, qint64 fallback) const;
    std::optional<bool> flag(const QString &key) const;
    QString text(const QString &key) const;    // readable (i18n keys expanded, placeholders empty)
    QString rawText(const QString &key) const; // as served
    QDateTime time(const QString &key) const;  // epoch ms; invalid for never/placeholder
    QStringList list(const QString &key) const;

    bool operator==(const Record &other) const { return m_object == other.m_object; }

private:
    QJsonObject m_object;
};

// Paging facts of one reply, as the server stated them (-1: not stated).
struct PageInfo
{
    int page = -1;       // 1-based page number the server says it served
    int pageSize = -1;   // the page size the server actually used ("limit" / "pageLimit")
    qint64 total = -1;   // total items across all pages
    int totalPages = -1; // /dcapi/threats only
};

struct RecordPage
{
    QList<Record> records;
    PageInfo info;
};

} // namespace pmp::api
