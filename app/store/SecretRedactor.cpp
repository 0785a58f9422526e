#include "SecretRedactor.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pmp::store {

namespace {

QJsonValue redactValue(const QJsonValue &value, int *count);

QJsonArray redactArray(const QJsonArray &array, int *count)
{
    QJsonArray out;
    for (const QJsonValue &v : array)
        out.append(redactValue(v, count));
    return out;
}

QJsonValue redactValue(const QJsonValue &value, int *count)
{
    if (value.isObject())
        return SecretRedactor::redact(value.toObject(), count);
    if (value.isArray())
        return redactArray(value.toArray(), count);
    if (value.isString())
        return SecretRedactor::redactText(value.toString(), count);
    return value;
}

} // namespace

QString SecretRedactor::placeholder()
{
    return QStringLiteral("[redacted]");
}

bool SecretRedactor::isSecretKey(const QString &key)
{
    QString k = key.toLower();
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('.'));
    static const QStringList exact = {
        QStringLiteral("authorization"), QStringLiteral("proxyauthorization"), QStringLiteral("cookie"),
        QStringLiteral("setcookie"),     QStringLiteral("codeverifier"),       QStringLiteral("apikey"),
        QStringLiteral("pwd"),           QStringLiteral("passphrase"),         QStringLiteral("credentials"),
    };
    static const QStringList suffixes = {QStringLiteral("token"), QStringLiteral("secret"), QStringLiteral("password"),
                                         QStringLiteral("passwd")};
    if (exact.contains(k))
        return true;
    for (const QString &suffix : suffixes)
        if (k.endsWith(suffix))
            return true;
    return false;
}

QJsonObject SecretRedactor::redact(const QJsonObject &object, int *count)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isNull() && it.value() != QJsonValue(QString())) {
            out.insert(it.key(), placeholder());
            if (count)
                ++*count;
        } else {
            out.insert(it.key(), redactValue(it.value(), count));
        }
    }
    return out;
}

QString SecretRedactor::redactText(const QString &text, int *count)
{
    // Cheap pre-check: almost every text holds none of the markers.
    if (!text.contains(QLatin1String("oauthtoken"), Qt::CaseInsensitive) &&
        !text.contains(QLatin1String("bearer"), Qt::CaseInsensitive) && !text.contains(QLatin1String("1000.")))
        return text;
    static const QRegularExpression credential(
        QStringLiteral("\\b(Zoho-oauthtoken|Bearer)\\s+(?!\\[redacted\\])[^\\s,;\"']+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zohoToken(QStringLiteral("\\b1000\\.[0-9a-fA-F]{16,}\\.[0-9a-fA-F]{16,}\\b"));
    QString out = text;
    int replaced = 0;
    QRegularExpressionMatchIterator it = credential.globalMatch(out);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches << it.next();
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        out.replace(m->capturedStart(), m->capturedLength(), m->captured(1) + QLatin1Char(' ') + placeholder());
        ++replaced;
    }
    matches.clear();
    it = zohoToken.globalMatch(out);
    while (it.hasNext())
        matches << it.next();
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        out.replace(m->capturedStart(), m->capturedLength(), placeholder());
        ++replaced;
    }
    if (count)
        *count += replaced;
    return out;
}

QStringList SecretRedactor::redactTexts(const QStringList &texts, int *count)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out << redactText(t, count);
    return out;
}

} // namespace pmp::store
