#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace pmp::sim {

enum class FaultKind
{
    Latency,
    ServerError,
    Drop,
    Truncate,
    Html,
    Throttle,
    // A server that lies or misbehaves in ways the guide does not cover:
    IgnorePaging, // serves the first page whatever page was asked for
    Duplicate,    // serves the page before the one asked for (a page twice, one missing)
    Total,        // states a total off by `by` items, growing by `by` with every request it hits
    Huge,         // pads the answer to `mb` megabytes
    Denied,       // a proxy's HTML "Access Denied" page, HTTP 403
    Redirect      // 302 to `to` (another origin, to see where the token goes)
};

struct FaultRule
{
    static constexpr int NoRetryAfter = -1;

    FaultKind kind = FaultKind::Latency;
    QString text;           // the rule as written, for messages
    double rate = 1.0;      // probability that a matching request is hit
    int ms = 0;             // latency
    int status = 500;       // 5xx
    int retryAfterSecs = 1; // throttle; NoRetryAfter (retry=none): no Retry-After header at all
    int by = 1000;          // total
    int mb = 80;            // huge
    QString to;             // redirect: an absolute URL
    QString pathGlob;       // empty: every API path (never /oauth)
    QRegularExpression pathPattern;
    QString method; // empty: any
    int after = 0;  // skip the first N matching requests
    int count = -1; // fire at most N times; -1 unlimited

    bool matches(const QString &method, const QString &path) const;
};

// The --faults language. A spec is a comma-separated list of rules and an optional global seed:
//   KIND[:RATE][:key=value...] , ... , seed=N
// See syntaxHelp() for the full description (also printed by `patchdeck-sim --help`).
class FaultSpec
{
public:
    QList<FaultRule> rules;
    quint64 seed = 0;

    static std::optional<FaultSpec> parse(const QString &spec, QString *error = nullptr);
    static QString kindName(FaultKind kind);
    static QString syntaxHelp();
};

} // namespace pmp::sim
