#include "FaultSpec.h"

#include <QStringList>
#include <QUrl>

namespace pmp::sim {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};
constexpr KindName KindNames[] = {
    {FaultKind::Latency, "latency"},
    {FaultKind::ServerError, "5xx"},
    {FaultKind::Drop, "drop"},
    {FaultKind::Truncate, "truncate"},
    {FaultKind::Html, "html"},
    {FaultKind::Throttle, "throttle"},
    {FaultKind::IgnorePaging, "ignorepaging"},
    {FaultKind::Duplicate, "duplicate"},
    {FaultKind::Total, "total"},
    {FaultKind::Huge, "huge"},
    {FaultKind::Denied, "denied"},
    {FaultKind::Redirect, "redirect"},
};

std::optional<FaultKind> kindFromName(const QString &name)
{
    for (const KindName &k : KindNames)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

// A path glob: '*' is any run of characters (slashes included), '?' one character, the rest literal.
QRegularExpression globToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    re += QLatin1Char('$');
    return QRegularExpression(re);
}

bool parseWhole(const QString &text, int minimum, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return false;
    *out = v;
    return true;
}

bool parseRate(const QString &text, double *out)
{
    bool ok = false;
    double v = 0;
    if (text.endsWith(QLatin1Char('%'))) {
        v = text.chopped(1).toDouble(&ok) / 100.0;
    } else {
        v = text.toDouble(&ok);
    }
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *out = v;
    return true;
}

bool looksLikeRate(const QString &text)
{
    return !text.isEmpty() && !text.contains(QLatin1Char('='));
}

} // namespace

bool FaultRule::matches(const QString &requestMethod, const QString &path) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (pathGlob.isEmpty())
        return !path.startsWith(QLatin1String("/oauth")); // sign-in is only hit when asked for by path
    return pathPattern.match(path).hasMatch();
}

QString FaultSpec::kindName(FaultKind kind)
{
    for (const KindName &k : KindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *error)
{
    FaultSpec result;
    auto fail = [error](const QString &message) -> std::optional<FaultSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QStringList items = spec.split(QLatin1Char(','));
    int ruleNumber = 0;
    bool seedSeen = false;
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        if (item.isEmpty()) {
            if (items.size() == 1)
                break; // an empty spec: no faults
            return fail(QStringLiteral("item %1 of the fault spec is empty").arg(i + 1));
        }
        if (item.startsWith(QLatin1String("seed="), Qt::CaseInsensitive)) {
            bool ok = false;
            const quint64 seed = item.mid(5).toULongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("seed must be a whole number >= 0, got '%1'").arg(item.mid(5)));
            if (seedSeen)
                return fail(QStringLiteral("seed is given twice"));
            seedSeen = true;
            result.seed = seed;
            continue;
        }

        ++ruleNumber;
        const QString where = QStringLiteral("fault rule %1 ('%2')").arg(ruleNumber).arg(item);
        // to=URL holds colons of its own: it is the last option and takes the rest of the item.
        const qsizetype toAt = item.indexOf(QLatin1String(":to="), 0, Qt::CaseInsensitive);
        QStringList parts = item.left(toAt < 0 ? item.size() : toAt).split(QLatin1Char(':'));
        if (toAt >= 0)
            parts << item.mid(toAt + 1);
        const auto kind = kindFromName(parts.takeFirst().trimmed());
        if (!kind)
            return fail(
                QStringLiteral(
                    "%1: unknown kind '%2' (expected latency, 5xx, drop, truncate, html, throttle, ignorepaging, "
                    "duplicate, total, huge, denied or redirect)")
                    .arg(where, item.section(QLatin1Char(':'), 0, 0)));
        FaultRule rule;
        rule.kind = *kind;
        rule.text = item;
        if (!parts.isEmpty() && looksLikeRate(parts.first().trimmed())) {
            const QString rate = parts.takeFirst().trimmed();
            if (!parseRate(rate, &rule.rate))
                return fail(QStringLiteral("%1: rate '%2' must be a number from 0 to 1 (or a percentage such as 25%)")
                                .arg(where, rate));
        }
        QStringList seen;
        bool hasMs = false;
        for (const QString &rawPart : parts) {
            const QString part = rawPart.trimmed();
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("%1: '%2' is not key=value (the rate, if any, comes right after the kind)")
                                .arg(where, part));
            const QString key = part.left(eq).trimmed().toLower();
            const QString value = part.mid(eq + 1).trimmed();
            if (seen.contains(key))
                return fail(QStringLiteral("%1: option '%2' is given twice").arg(where, key));
            seen << key;
            if (key == QLatin1String("path")) {
                if (!value.startsWith(QLatin1Char('/')))
                    return fail(QStringLiteral("%1: path must start with '/', got '%2'").arg(where, value));
                rule.pathGlob = value;
                rule.pathPattern = globToRegex(value);
            } else if (key == QLatin1String("method")) {
                const QString m = value.toUpper();
                if (m != QLatin1String("GET") && m != QLatin1String("POST") && m != QLatin1String("PUT"))
                    return fail(QStringLiteral("%1: method must be GET, POST or PUT, got '%2'").arg(where, value));
                rule.method = m;
            } else if (key == QLatin1String("after")) {
                if (!parseWhole(value, 0, &rule.after))
                    return fail(QStringLiteral("%1: after must be a whole number >= 0, got '%2'").arg(where, value));
            } else if (key == QLatin1String("count")) {
                if (!parseWhole(value, 1, &rule.count))
                    return fail(QStringLiteral("%1: count must be a whole number >= 1, got '%2'").arg(where, value));
            } else if (key == QLatin1String("ms")) {
                if (rule.kind != FaultKind::Latency)
                    return fail(QStringLiteral("%1: ms= applies only to latency").arg(where));
                if (!parseWhole(value, 0, &rule.ms) || rule.ms > 600000)
                    return fail(
                        QStringLiteral("%1: ms must be a whole number from 0 to 600000, got '%2'").arg(where, value));
                hasMs = true;
            } else if (key == QLatin1String("status")) {
                if (rule.kind != FaultKind::ServerError)
                    return fail(QStringLiteral("%1: status= applies only to 5xx").arg(where));
                if (!parseWhole(value, 0, &rule.status) || rule.status < 500 || rule.status > 599)
                    return fail(QStringLiteral("%1: status must be from 500 to 599, got '%2'").arg(where, value));
            } else if (key == QLatin1String("retry")) {
                if (rule.kind != FaultKind::Throttle)
                    return fail(QStringLiteral("%1: retry= applies only to throttle").arg(where));
                if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                    rule.retryAfterSecs = FaultRule::NoRetryAfter; // a throttle that does not say how long
                else if (!parseWhole(value, 0, &rule.retryAfterSecs) || rule.retryAfterSecs > 3600)
                    return fail(QStringLiteral("%1: retry must be a whole number of seconds from 0 to 3600 or "
                                               "'none', got '%2'")
                                    .arg(where, value));
            } else if (key == QLatin1String("by")) {
                bool ok = false;
                rule.by = value.toInt(&ok);
                if (rule.kind != FaultKind::Total || !ok)
                    return fail(QStringLiteral("%1: by= is a whole number, for total only").arg(where));
            } else if (key == QLatin1String("mb")) {
                if (rule.kind != FaultKind::Huge || !parseWhole(value, 1, &rule.mb) || rule.mb > 2000)
                    return fail(QStringLiteral("%1: mb= is 1 to 2000, for huge only").arg(where));
            } else if (key == QLatin1String("to")) {
                const QUrl to(value);
                if (rule.kind != FaultKind::Redirect || !to.isValid() || to.isRelative())
                    return fail(QStringLiteral("%1: to= is an absolute URL, for redirect only").arg(where));
                rule.to = value;
            } else {
                return fail(QStringLiteral("%1: unknown option '%2' (known: path, method, after, count, ms, status, "
                                           "retry, by, mb, to)")
                                .arg(where, key));
            }
        }
        if (rule.kind == FaultKind::Latency && !hasMs)
            return fail(QStringLiteral("%1: latency needs ms=N").arg(where));
        if (rule.kind == FaultKind::Redirect && rule.to.isEmpty())
            return fail(QStringLiteral("%1: redirect needs to=URL").arg(where));
        result.rules.append(rule);
    }
    if (error)
        error->clear();
    return result;
}

QString FaultSpec::syntaxHelp()
{
    return QStringLiteral(
        "Fault spec: comma-separated rules, each KIND[:RATE][:key=value...], plus an optional seed=N.\n"
        "  KIND      latency   answer late (needs ms=N)\n"
        "            5xx       answer HTTP status=N (500-599, default 500) with a JSON error, unprocessed\n"
        "            drop      send half of the response, then reset the TCP connection\n"
        "            truncate  a well-framed response whose JSON body is cut in the middle\n"
        "            html      an HTML error page instead of JSON, HTTP 200, unprocessed\n"
        "            throttle  too many requests: HTTP 429 + Retry-After (retry=N s, default 1; retry=none\n"
        "                      sends no Retry-After) + JSON;\n"
        "                      with --quirks an HTML 'too many requests' page with HTTP 200\n"
        "            ignorepaging  page 1 whatever page (or startIndex) was asked for\n"
        "            duplicate the page before the one asked for (one page twice, one never)\n"
        "            total     a total off by by=N items (default 1000, may be negative), growing by N\n"
        "                      with every request it hits\n"
        "            huge      the answer padded to mb=N megabytes (default 80)\n"
        "            denied    a proxy's HTML 'Access Denied' page, HTTP 403\n"
        "            redirect  HTTP 302 to to=URL (another host, to check where credentials go); to= comes last\n"
        "  RATE      probability 0..1 (or 25%) that a matching request is hit; default 1\n"
        "  path=GLOB only paths matching GLOB ('*' any characters, '?' one); rules without path\n"
        "            never touch /oauth/... (sign-in) paths\n"
        "  method=M  only GET, POST or PUT requests\n"
        "  after=N   let the first N matching requests through\n"
        "  count=N   fire at most N times\n"
        "  seed=N    seed of the RATE draws (deterministic per rule and matching request)\n"
        "Rules are checked in order: latency rules add up; the first other rule that fires decides.\n"
        "Example: drop:1:path=/api/1.4/som/computers:after=1:count=1  drops exactly the 2nd computers "
        "request.");
}

} // namespace pmp::sim
