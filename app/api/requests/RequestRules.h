#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace pmp::api {

// Rules and conversions every typed write request shares, so an id list is checked, serialised and
// described the same way whether it goes to installpatch, approvepatch or the SoM actions.
class RequestRules
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::RequestRules)

public:
    // Empty list, a zero or negative id, or the same id twice; `field` is the JSON key.
    static ApiError checkIds(const QString &field, const QList<qint64> &ids);
    // The deployment policy of an install or uninstall: required (`whenMissing` says why) and positive.
    static ApiError checkPolicyTemplate(const std::optional<qint64> &templateId, const QString &whenMissing);
    // Blank or repeated names (names are compared case-insensitively, as the console compares them).
    static ApiError checkNames(const QString &field, const QStringList &names);
    // A plausible mail address: one '@', a dotted domain, no spaces. Deliberately loose, the server
    // has the last word; this only catches typing slips before a task is saved.
    static bool isEmailAddress(const QString &address);
    // ["a, b"] -> trimmed list without empty entries.
    static QStringList splitList(const QString &text, QChar separator = QLatin1Char(','));

    // The samples send ids as JSON numbers ([601]) even though the guide documents "array of string"
    // (Q28); E30 is the exception and sends strings.
    static QJsonArray numberArray(const QList<qint64> &ids);
    static QJsonArray stringArray(const QStringList &values);
    static QJsonArray idStringArray(const QList<qint64> &ids);
    static QStringList idStrings(const QList<qint64> &ids);

    // "Local Office, Paris" — at most `shown` names, then "and N more", so a summary stays one line.
    static QString nameList(const QStringList &names, int shown = 3);
    // "%1 (%2)" with the name list, or just the count phrase when there are no names.
    static QString withNames(const QString &countPhrase, const QStringList &names);
    // Two clauses of a summary: "Install 3 patches on 120 computers" + "deploy immediately".
    static QString clause(const QString &sentence, const QString &clause);
    // "“name”", the quotation used around task and configuration names in summaries.
    static QString quoted(const QString &name);
    // A name as a sentence shows it: at most 80 characters, the middle replaced by an ellipsis. Names
    // are the server's (a computer named with 10,000 characters would make a confirmation 150,000
    // pixels wide); the request itself and the journal keep the whole name.
    static QString shortName(const QString &name);
};

} // namespace pmp::api
