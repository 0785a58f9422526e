#include "ValueReader.h"

#include "I18nText.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace pmp::api {

bool ValueReader::isPlaceholder(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    const QString s = value.toString().trimmed();
    return s.isEmpty() || s == QLatin1String("--") || s == QLatin1String("-") || s == QLatin1String("NA") ||
           s == QLatin1String("N/A") || s == QLatin1String("null");
}

std::optional<qint64> ValueReader::integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d > 9.0e18 || d < -9.0e18)
            return std::nullopt;
        return qint64(std::llround(d));
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isString() && !isPlaceholder(value)) {
        bool ok = false;
        const QString s = value.toString().trimmed();
        const qint64 v = s.toLongLong(&ok);
        if (ok)
            return v;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d) && std::abs(d) < 9.0e18)
            return qint64(std::llround(d));
    }
    return std::nullopt;
}

std::optional<double> ValueReader::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString() && !isPlaceholder(value)) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> ValueReader::boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QString ValueReader::rawText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << rawText(v);
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QString ValueReader::text(const QJsonValue &value)
{
    if (isPlaceholder(value))
        return {};
    const QString raw = rawText(value);
    if (value.isString() && I18nText::isKey(raw))
        return I18nText::toText(raw);
    return raw;
}

QDateTime ValueReader::epochTime(const QJsonValue &value)
{
    const std::optional<qint64> v = integer(value);
    if (!v || *v <= 0)
        return {};
    qint64 ms = *v;
    if (ms < 100000000000LL) // fewer than 12 digits: seconds, not milliseconds
        ms *= 1000;
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QStringList ValueReader::list(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (!isPlaceholder(v))
                out << rawText(v).trimmed();
        return out;
    }
    if (isPlaceholder(value))
        return out;
    const QStringList parts = rawText(value).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

} // namespace pmp::api
