#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace pmp::auth {

// The sign-in redirect as the loopback listener reads it: the head of one HTTP request (request
// line and headers, without the blank line) in, the callback or the reason to refuse it out. Pure,
// so it can be fuzzed: any local program can write anything to the listener's port.
class CallbackRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::auth::CallbackRequest)

public:
    struct Callback
    {
        QString code;
        QString location;       // the redirect's `location` (the user's data centre)
        QString accountsServer; // the redirect's `accounts-server`
        QString error;          // e.g. "access_denied"
        QString errorDescription;
        QUrlQuery query; // everything the redirect carried
    };

    // In the order they are checked: a request that is not a GET for a local path on this listener,
    // another path, a state that is missing or not this attempt's, neither a code nor an error.
    enum class Refusal
    {
        Malformed,
        WrongPath,
        StateMismatch,
        MissingCode
    };

    struct Parsed
    {
        std::optional<Refusal> refusal; // empty: `callback` is this attempt's
        QString detail;                 // why, for the log
        Callback callback;
    };

    static Parsed parse(const QByteArray &head, quint16 port, const QByteArray &expectedState);

    // Constant-time comparison, so a state cannot be guessed byte by byte from timing.
    static bool sameSecret(const QByteArray &a, const QByteArray &b);
};

} // namespace pmp::auth
