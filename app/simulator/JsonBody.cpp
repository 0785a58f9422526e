#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pmp::sim {

std::optional<QJsonObject> JsonBody::object(const SimRequest &request, QString *error)
{
    if (request.body.trimmed().isEmpty()) {
        *error = QStringLiteral("The request body is empty; a JSON object is expected");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The request body is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("The request body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> JsonBody::number(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

bool JsonBody::idList(const QJsonValue &value, QList<qint64> *ids, QString *error, const QString &field)
{
    ids->clear();
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : array) {
        const auto id = number(v);
        if (!id) {
            *error = QStringLiteral("%1 must contain numeric ids, got %2")
                         .arg(field, QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
            return false;
        }
        if (!ids->contains(*id))
            ids->append(*id);
    }
    return true;
}

QStringList JsonBody::stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : array) {
        const QString t = text(v).trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString JsonBody::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<bool> JsonBody::boolean(const QJsonValue &value, bool fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isBool())
        return value.toBool();
    const QString t = text(value).trimmed().toLower();
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace pmp::sim
