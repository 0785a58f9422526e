#include "TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

#ifdef PATCHDECK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

Q_LOGGING_CATEGORY(lcTokenStore, "pmp.auth.tokenstore", QtInfoMsg)

namespace pmp::auth {

namespace {

const QString kProbeKey = QStringLiteral("availability-probe");

QString describeKeychainError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return TokenStore::tr("No keychain service is available on this computer (%1).").arg(detail);
    case QKeychain::AccessDeniedByUser:
        return TokenStore::tr("Access to the keychain was denied.");
    case QKeychain::AccessDenied:
        return TokenStore::tr("The keychain refused access (%1). It may be locked.").arg(detail);
    case QKeychain::NotImplemented:
        return TokenStore::tr("This system has no supported keychain.");
    default:
        return TokenStore::tr("The keychain reported an error: %1").arg(detail);
    }
}

// Hands a result to `done` on the next event-loop turn, unless its context object is gone.
void deliverLater(QObject *context, const TokenStore::Callback &done, const TokenStore::Result &result)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : QCoreApplication::instance(),
        [guard, hadContext, done, result] {
            if (hadContext && !guard)
                return;
            done(result);
        },
        Qt::QueuedConnection);
}

} // namespace

QString TokenStore::defaultService()
{
    return QStringLiteral(PATCHDECK_APP_ID); // "io.patchdeck.PatchDeck"
}

TokenStore::TokenStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{
    qRegisterMetaType<pmp::auth::TokenStore::Availability>();
}

TokenStore::~TokenStore() = default;

void TokenStore::setMode(Mode mode)
{
    m_mode = mode;
}

QString TokenStore::keyFor(const QString &profileId)
{
    return QStringLiteral("profile/") + profileId;
}

QString TokenStore::platformProblem()
{
#ifdef PATCHDECK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return tr("There is no D-Bus session bus, so no keychain (Secret Service) can be reached.");
    QDBusConnectionInterface *iface = bus.interface();
    if (!iface)
        return tr("The D-Bus session bus does not answer.");
    const QStringList names = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                               QStringLiteral("org.kde.kwalletd5")};
    for (const QString &name : names)
        if (iface->isServiceRegistered(name).value())
            return {};
    const QDBusReply<QStringList> activatable = iface->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid())
        for (const QString &name : names)
            if (activatable.value().contains(name))
                return {};
    return tr("No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. "
              "Install and start GNOME Keyring or KWallet to keep tokens between sessions.");
#else
    return {};
#endif
}

void TokenStore::setAvailability(Availability availability, const QString &reason)
{
    const bool changed = availability != m_availability || reason != m_reason;
    m_availability = availability;
    m_reason = reason;
    if (changed)
        emit availabilityChanged(availability);
}

void TokenStore::probe()
{
    if (m_availability == Availability::Checking)
        return;
    m_availability = Availability::Checking;
    const QString problem = platformProblem();
    if (!problem.isEmpty()) {
        // Deferred so callers can connect after calling probe().
        QMetaObject::invokeMethod(
            this, [this, problem] { setAvailability(Availability::Unavailable, problem); }, Qt::QueuedConnection);
        return;
    }
    emit availabilityChanged(m_availability);
    runJob(Op::Read, kProbeKey, {}, [this](const JobOutcome &r) {
        if (r.status == Status::Ok || r.status == Status::NotFound)
            setAvailability(Availability::Available, {});
        else
            setAvailability(Availability::Unavailable, r.message);
    });
}

void TokenStore::load(const QString &profileId, QObject *context, Callback done)
{
    if (m_mode == Mode::SessionOnly) {
        Result r;
        if (m_session.contains(profileId)) {
            r.tokens = m_session.value(profileId);
        } else {
            r.status = Status::NotFound;
            r.message = tr("No tokens are kept for this profile in this session.");
        }
        deliverLater(context, done, r);
        return;
    }
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    runJob(Op::Read, keyFor(profileId), {}, [guard, hadContext, done](const JobOutcome &o) {
        if ((hadContext && !guard) || !done)
            return;
        Result r;
        r.status = o.status;
        r.message = o.message;
        if (o.status == Status::Ok) {
            bool ok = false;
            r.tokens = TokenSet::fromJson(o.data, &ok);
            if (!ok) {
                r.status = Status::Failed;
                r.message = tr("The keychain entry for this profile is damaged; sign in again.");
                r.tokens = {};
            }
        }
        done(r);
    });
}

void TokenStore::save(const QString &profileId, const TokenSet &tokens, QObject *context, Callback done)
{
    if (m_mode == Mode::SessionOnly) {
        m_session.insert(profileId, tokens);
        Result r;
        r.tokens = tokens;
        deliverLater(context, done, r);
        return;
    }
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    runJob(Op::Write, keyFor(profileId), tokens.toJson(), [guard, hadContext, done, tokens](const JobOutcome &o) {
        if ((hadContext && !guard) || !done)
            return;
        Result r;
        r.status = o.status;
        r.message = o.message;
        if (o.status == Status::Ok)
            r.tokens = tokens;
        done(r);
    });
}

void TokenStore::remove(const QString &profileId, QObject *context, Callback done)
{
    m_session.remove(profileId);
    if (m_mode == Mode::SessionOnly) {
        // The admin chose memory only because the keychain cannot be used: it is not asked. A copy
        // an earlier session stored there is still there, so this is not Ok.
        Result r;
        r.status = Status::Unavailable;
        r.message = tr("This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.");
        deliverLater(context, done, r);
        return;
    }
    // A keychain marked unavailable answers Unavailable through runJob: nothing was deleted there.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    runJob(Op::Delete, keyFor(profileId), {}, [guard, hadContext, done](const JobOutcome &o) {
        if ((hadContext && !guard) || !done)
            return;
        Result r;
        // Deleting what is not there leaves the wanted state.
        r.status = o.status == Status::NotFound ? Status::Ok : o.status;
        r.message = o.status == Status::NotFound ? QString() : o.message;
        done(r);
    });
}

void TokenStore::runJob(Op op, const QString &key, const QByteArray &data, std::function<void(const JobOutcome &)> done)
{
    if (m_mode == Mode::Keychain && m_availability == Availability::Unavailable && key != kProbeKey) {
        JobOutcome o;
        o.status = Status::Unavailable;
        o.message = m_reason;
        QMetaObject::invokeMethod(
            this, [done, o] { done(o); }, Qt::QueuedConnection);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(data);
        job = w;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file

    // Whichever comes first, the job or the timeout, answers; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    auto finish = [this, answered, done, timer](const JobOutcome &o) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        timer->deleteLater();
        if (o.status == Status::Unavailable && m_availability != Availability::Checking)
            setAvailability(Availability::Unavailable, o.message);
        else if ((o.status == Status::Ok || o.status == Status::NotFound) &&
                 m_availability == Availability::Unavailable && m_mode == Mode::Keychain)
            setAvailability(Availability::Available, {});
        done(o);
    };
    const int timeout = op == Op::Write ? m_writeTimeoutMs : m_jobTimeoutMs;
    connect(timer, &QTimer::timeout, this, [finish, timeout] {
        JobOutcome o;
        o.status = Status::Unavailable;
        o.message = tr("The keychain did not answer within %1 s. It may be locked and waiting for its password, "
                       "or its service may not be running.")
                        .arg(timeout / 1000);
        finish(o);
    });
    connect(job, &QKeychain::Job::finished, this, [op, finish](QKeychain::Job *j) {
        JobOutcome o;
        const QKeychain::Error e = j->error();
        switch (e) {
        case QKeychain::NoError:
            if (op == Op::Read)
                o.data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            break;
        case QKeychain::EntryNotFound:
            o.status = Status::NotFound;
            o.message = tr("No tokens are stored for this profile.");
            break;
        case QKeychain::CouldNotDeleteEntry:
            o.status = Status::Failed;
            o.message = describeKeychainError(e, j->errorString());
            break;
        default:
            // No backend, access denied, locked, D-Bus failures: the keychain cannot be used now.
            o.status = Status::Unavailable;
            o.message = describeKeychainError(e, j->errorString());
            break;
        }
        qCDebug(lcTokenStore) << "keychain job" << int(op) << "error" << int(e);
        finish(o);
    });
    timer->start(timeout);
    job->start();
}

} // namespace pmp::auth
