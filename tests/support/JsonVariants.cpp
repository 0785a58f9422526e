#include "JsonVariants.h"

#include <QJsonArray>

namespace pmp::test {

namespace {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return {};
}
} // namespace

QJsonValue JsonVariants::stringifyScalars(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QJsonValue(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return QJsonValue(d == qint64(d) ? QString::number(qint64(d)) : QString::number(d));
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(stringifyScalars(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), stringifyScalars(it.value()));
        return out;
    }
    default:
        return value;
    }
}

QString JsonVariants::firstMismatch(const QJsonValue &sample, const QJsonValue &actual, bool allowStrings,
                                    const QString &path)
{
    const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
    if (sample.isNull())
        return {}; // the guide shows null where the type is not documented
    if (actual.isUndefined())
        return where + QStringLiteral(": missing");
    if (sample.type() != actual.type()) {
        const bool scalarAsString = allowStrings && actual.isString() && (sample.isDouble() || sample.isBool());
        const bool nullAllowed = actual.isNull() && (sample.isString() || sample.isDouble());
        if (!scalarAsString && !nullAllowed)
            return where + QStringLiteral(": expected %1, got %2").arg(typeName(sample), typeName(actual));
        return {};
    }
    if (sample.isObject()) {
        const QJsonObject s = sample.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            const QString m = firstMismatch(it.value(), a.value(it.key()), allowStrings,
                                            path.isEmpty() ? it.key() : path + QLatin1String(" > ") + it.key());
            if (!m.isEmpty())
                return m;
        }
    } else if (sample.isArray()) {
        const QJsonArray s = sample.toArray();
        const QJsonArray a = actual.toArray();
        if (!s.isEmpty() && !a.isEmpty())
            return firstMismatch(s.first(), a.first(), allowStrings, path + QStringLiteral("[0]"));
    }
    return {};
}

} // namespace pmp::test
