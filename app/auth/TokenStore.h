#pragma once

#include "TokenSet.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace pmp::auth {

// The one place tokens are kept: the OS keychain through QtKeychain (service = the app id, one
// entry per profile holding a TokenSet as JSON), or — only when the admin chose it because no
// keychain is available — memory for this session. Never a file: QtKeychain's insecure fallback
// stays off, and an unavailable keychain is reported, not worked around.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Keychain,
        SessionOnly
    };
    enum class Availability
    {
        Unknown,
        Checking,
        Available,
        Unavailable
    };
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };

    struct Result
    {
        Status status = Status::Ok;
        TokenSet tokens;
        QString message; // for people, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    static QString defaultService(); // "io.patchdeck.PatchDeck"

    explicit TokenStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~TokenStore() override;

    QString service() const { return m_service; }
    Mode mode() const { return m_mode; }
    // SessionOnly is the admin's explicit choice when the keychain is unavailable.
    void setMode(Mode mode);
    Availability availability() const { return m_availability; }
    // Why the keychain cannot be used, in words for the admin (empty when it can).
    QString unavailableReason() const { return m_reason; }
    // How long a keychain call may take before it counts as "not answering" (a D-Bus activation
    // that hangs). Writes get longer: a fresh or locked keyring asks the person for its password.
    void setJobTimeoutMs(int ms) { m_jobTimeoutMs = ms; }
    void setWriteTimeoutMs(int ms) { m_writeTimeoutMs = ms; }

    // Finds out whether a keychain answers; ends with availabilityChanged().
    void probe();
    void load(const QString &profileId, QObject *context, Callback done);
    void save(const QString &profileId, const TokenSet &tokens, QObject *context, Callback done);
    // Forgets this session's copy, then deletes the keychain entry. Ok only when the keychain
    // entry is gone (or never was); otherwise the status and message say why it may remain.
    void remove(const QString &profileId, QObject *context, Callback done);

    static QString keyFor(const QString &profileId);
    // A quick, synchronous look for a Secret Service on Linux (D-Bus session bus, then the
    // org.freedesktop.secrets or KWallet name). Empty when one may be there or on other systems.
    static QString platformProblem();

signals:
    void availabilityChanged(pmp::auth::TokenStore::Availability availability);

private:
    enum class Op
    {
        Read,
        Write,
        Delete
    };
    struct JobOutcome
    {
        Status status = Status::Ok;
        QByteArray data;
        QString message;
    };
    void runJob(Op op, const QString &key, const QByteArray &data, std::function<void(const JobOutcome &)> done);
    void setAvailability(Availability availability, const QString &reason);
    static void deliver(QObject *context, const Callback &done, const Result &result);

    QString m_service;
    Mode m_mode = Mode::Keychain;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    int m_jobTimeoutMs = 15000;
    int m_writeTimeoutMs = 120000;
    QHash<QString, TokenSet> m_session;
};

} // namespace pmp::auth

Q_DECLARE_METATYPE(pmp::auth::TokenStore::Availability)
