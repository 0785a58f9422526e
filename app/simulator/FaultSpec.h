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
    Throttle
};

struct FaultRule
{
    FaultKind kind = FaultKind::Latency;
    QString text;           // the rule as written, for messages
    double rate = 1.0;      // probability that a matching request is hit
    int ms = 0;             // latency
    int status = 500;       // 5xx
    int retryAfterSecs = 1; // throttle
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
