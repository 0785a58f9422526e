#include "RequestRules.h"

#include <QRegularExpression>
#include <QSet>

namespace pmp::api {

ApiError RequestRules::checkPolicyTemplate(const std::optional<qint64> &templateId, const QString &whenMissing)
{
    const QString field = QStringLiteral("DeploymentPolicyTemplateID");
    if (!templateId)
        return ApiError::validation(field, whenMissing);
    if (*templateId <= 0)
        return ApiError::validation(field,
                                    tr("DeploymentPolicyTemplateID %1 is not a valid policy id.").arg(*templateId));
    return {};
}

ApiError RequestRules::checkIds(const QString &field, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return ApiError::validation(field, tr("%1 is empty: select at least one item.").arg(field));
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (const qint64 id : ids) {
        if (id <= 0)
            return ApiError::validation(
                field, tr("%1 contains %2, which is not a valid id (ids are positive numbers).").arg(field).arg(id));
        if (seen.contains(id))
            return ApiError::validation(field, tr("%1 lists id %2 more than once.").arg(field).arg(id));
        seen.insert(id);
    }
    return {};
}

ApiError RequestRules::checkNames(const QString &field, const QStringList &names)
{
    if (names.isEmpty())
        return ApiError::validation(field, tr("%1 is empty: select at least one item.").arg(field));
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString key = name.trimmed().toCaseFolded();
        if (key.isEmpty())
            return ApiError::validation(field, tr("%1 contains an empty name.").arg(field));
        if (seen.contains(key))
            return ApiError::validation(field, tr("%1 lists “%2” more than once.").arg(field, name.trimmed()));
        seen.insert(key);
    }
    return {};
}

bool RequestRules::isEmailAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;]+@[^@\\s,;.]+(\\.[^@\\s,;.]+)+$"));
    return re.match(address).hasMatch();
}

QStringList RequestRules::splitList(const QString &text, QChar separator)
{
    QStringList out;
    const QStringList parts = text.split(separator);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QJsonArray RequestRules::numberArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(QJsonValue(id));
    return a;
}

QJsonArray RequestRules::stringArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QJsonArray RequestRules::idStringArray(const QList<qint64> &ids)
{
    return stringArray(idStrings(ids));
}

QStringList RequestRules::idStrings(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out.append(QString::number(id));
    return out;
}

QString RequestRules::nameList(const QStringList &names, int shown)
{
    QStringList cut;
    for (const QString &name : names.mid(0, shown))
        cut.append(shortName(name));
    const QString head = cut.join(tr(", ", "separator of a list of names"));
    if (names.size() <= shown)
        return head;
    const int rest = int(names.size()) - shown;
    return tr("%1 and %n more", "list of names that was cut short", rest).arg(head);
}

QString RequestRules::withNames(const QString &countPhrase, const QStringList &names)
{
    if (names.isEmpty())
        return countPhrase;
    return tr("%1 (%2)", "count phrase, then the names").arg(countPhrase, nameList(names));
}

QString RequestRules::clause(const QString &sentence, const QString &clause)
{
    if (clause.isEmpty())
        return sentence;
    return tr("%1, %2", "a summary followed by one more of its clauses").arg(sentence, clause);
}

QString RequestRules::quoted(const QString &name)
{
    return tr("“%1”").arg(shortName(name));
}

QString RequestRules::shortName(const QString &name)
{
    constexpr qsizetype MaxChars = 80;
    if (name.size() <= MaxChars)
        return name;
    const qsizetype keep = (MaxChars - 1) / 2;
    return name.left(keep) + QChar(0x2026) + name.right(MaxChars - 1 - keep);
}

} // namespace pmp::api
