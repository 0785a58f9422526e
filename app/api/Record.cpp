#include "Record.h"

#include "ValueReader.h"

namespace pmp::api {

std::optional<qint64> Record::integer(const QString &key) const
{
    return ValueReader::integer(m_object.value(key));
}

qint64 Record::integerOr(const QString &key, qint64 fallback) const
{
    return integer(key).value_or(fallback);
}

std::optional<bool> Record::flag(const QString &key) const
{
    return ValueReader::boolean(m_object.value(key));
}

QString Record::text(const QString &key) const
{
    return ValueReader::text(m_object.value(key));
}

QString Record::rawText(const QString &key) const
{
    return ValueReader::rawText(m_object.value(key));
}

QDateTime Record::time(const QString &key) const
{
    return ValueReader::epochTime(m_object.value(key));
}

QStringList Record::list(const QString &key) const
{
    return ValueReader::list(m_object.value(key));
}

} // namespace pmp::api
