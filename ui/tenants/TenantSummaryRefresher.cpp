#include "TenantSummaryRefresher.h"

#include "TenantColour.h"

#include "api/Client.h"
#include "api/Connection.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/TokenStore.h"
#include "store/SummaryMetric.h"
#include "store/Workspace.h"

#include <QTimer>

namespace pmp::ui {

using pmp::auth::Profile;
using pmp::auth::SessionManager;
using pmp::store::SummaryMetric;

namespace {
// The row's numbers from a snapshot of the profile's history.
void fill(TenantSummaryRow &row, const pmp::store::SummarySnapshot &snapshot)
{
    row.missingCritical = snapshot.value(SummaryMetric::MissingCritical);
    row.highlyVulnerable = snapshot.value(SummaryMetric::HighlyVulnerableSystems);
    row.agentsDown = snapshot.value(SummaryMetric::AgentsDown);
    row.failedDeployments = snapshot.value(SummaryMetric::FailedDeploymentSystems);
    row.refreshedAt = snapshot.at;
}
} // namespace

TenantSummaryRefresher::TenantSummaryRefresher(pmp::auth::ProfileStore *profiles, pmp::auth::TokenStore *tokens,
                                               std::function<pmp::api::Client *(const QString &)> openClient,
                                               QObject *parent)
    : QObject(parent), m_profiles(profiles), m_tokens(tokens), m_openClient(std::move(openClient))
{
}

TenantSummaryRefresher::~TenantSummaryRefresher()
{
    m_attempt.reset(); // no callback may run into a half-destroyed refresher
}

TenantSummaryRow TenantSummaryRefresher::rowFor(const Profile &profile) const
{
    TenantSummaryRow row;
    row.profileId = profile.id;
    row.name = profile.name;
    // Host and port when the port is not the scheme's: two tenants on one host stay apart.
    row.server = profile.serverUrl.port() > 0
                     ? QStringLiteral("%1:%2").arg(profile.serverUrl.host()).arg(profile.serverUrl.port())
                     : profile.serverUrl.host();
    row.colour = tenantColour(m_profiles, profile.id);
    return row;
}

QList<TenantSummaryRow> TenantSummaryRefresher::storedRows(const QStringList &known) const
{
    QList<TenantSummaryRow> rows;
    if (!m_profiles)
        return rows;
    for (const Profile &profile : m_profiles->profiles()) {
        TenantSummaryRow row = rowFor(profile);
        if (known.contains(profile.id)) {
            rows.append(row);
            continue;
        }
        const std::shared_ptr<pmp::store::Workspace> workspace =
            pmp::store::Workspace::forConnection(profile.serverUrl, profile.id);
        if (const std::optional<pmp::store::SummarySnapshot> latest = workspace->history().latest())
            fill(row, *latest);
        rows.append(row);
    }
    return rows;
}

void TenantSummaryRefresher::refreshAll()
{
    if (!m_profiles)
        return;
    for (const Profile &profile : m_profiles->profiles())
        refresh(profile.id);
}

void TenantSummaryRefresher::refresh(const QString &profileId)
{
    if (profileId == m_current || m_queue.contains(profileId))
        return;
    m_queue.append(profileId);
    emit stateChanged(profileId, TenantSummaryRow::State::Waiting, {});
    if (m_current.isEmpty())
        next();
}

void TenantSummaryRefresher::next()
{
    if (!m_current.isEmpty())
        return;
    if (m_queue.isEmpty()) {
        emit finished();
        return;
    }
    m_current = m_queue.takeFirst();
    const QString id = m_current;
    emit stateChanged(id, TenantSummaryRow::State::Refreshing, {});
    if (!m_profiles || !m_profiles->profile(id).isValid()) {
        done(id, TenantSummaryRow::State::Failed, tr("This profile no longer exists."));
        return;
    }
    if (pmp::api::Client *client = m_openClient ? m_openClient(id) : nullptr) {
        fetch(id, client);
        return;
    }
    SessionManager *session = sessionFor(id);
    if (session->connection()) {
        fetch(id, &session->connection()->client());
        return;
    }
    m_attempt = std::make_unique<QObject>();
    connect(session, &SessionManager::connectionChanged, m_attempt.get(),
            [this, id](pmp::api::Connection *connection, const Profile &) {
                if (connection)
                    fetch(id, &connection->client());
            });
    connect(session, &SessionManager::openFailed, m_attempt.get(),
            [this, id](const Profile &, SessionManager::Problem problem, const QString &message) {
                const bool signIn =
                    problem == SessionManager::Problem::NoTokens || problem == SessionManager::Problem::UnknownProfile;
                done(id, signIn ? TenantSummaryRow::State::SignInNeeded : TenantSummaryRow::State::Failed, message);
            });
    session->open(id);
}

SessionManager *TenantSummaryRefresher::sessionFor(const QString &profileId)
{
    if (SessionManager *existing = m_sessions.value(profileId))
        return existing;
    auto *session = new SessionManager(m_profiles, m_tokens, this);
    session->setRemembersCurrent(false); // the overview must not change which tenant PatchDeck opens
    // Revoked: the session is of no more use; the next refresh starts from the keychain again (where
    // the tenant's own window may have put fresh tokens by then).
    connect(session, &SessionManager::signInRequired, this, [this, profileId](const Profile &, const QString &message) {
        if (SessionManager *gone = m_sessions.take(profileId))
            gone->deleteLater();
        if (m_current == profileId)
            done(profileId, TenantSummaryRow::State::SignInNeeded, message);
    });
    m_sessions.insert(profileId, session);
    return session;
}

void TenantSummaryRefresher::fetch(const QString &profileId, pmp::api::Client *client)
{
    m_attempt = std::make_unique<QObject>();
    QObject *context = m_attempt.get();
    auto failed = [this, profileId](const pmp::api::ApiError &error) {
        const bool signIn = error.kind() == pmp::api::ApiError::Kind::AuthExpired;
        done(profileId, signIn ? TenantSummaryRow::State::SignInNeeded : TenantSummaryRow::State::Failed,
             error.message());
    };
    client->patchSummary(
        context, [this, profileId, client, context, failed](const pmp::api::Result<pmp::api::PatchSummary> &patches) {
            if (!patches.ok()) {
                failed(patches.error);
                return;
            }
            client->somSummary(context, [this, profileId, client, context, failed,
                                         p = patches.value](const pmp::api::Result<pmp::api::SomSummary> &som) {
                if (!som.ok()) {
                    failed(som.error);
                    return;
                }
                client->threatSystemReport(
                    pmp::store::SummaryMetrics::failedDeploymentsQuery(), 1, 1, context,
                    [this, profileId, failed, p, s = som.value](const pmp::api::Result<pmp::api::RecordPage> &page) {
                        if (page.error.kind() == pmp::api::ApiError::Kind::AuthExpired) {
                            failed(page.error);
                            return;
                        }
                        // Any other failure, or a total the server did not state, is a number not
                        // taken: the summaries are still this refresh's.
                        record(profileId, p, s,
                               page.ok() ? pmp::store::SummaryMetrics::failedDeploymentsIn(page.value) : std::nullopt);
                    });
            });
        });
}

void TenantSummaryRefresher::record(const QString &profileId, const pmp::api::PatchSummary &patches,
                                    const pmp::api::SomSummary &som, std::optional<qint64> failedDeployments)
{
    const Profile profile = m_profiles ? m_profiles->profile(profileId) : Profile{};
    TenantSummaryRow row = rowFor(profile);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    pmp::store::SummarySnapshot snapshot;
    snapshot.at = now;
    for (const SummaryMetric metric : pmp::store::SummaryMetrics::all())
        if (const std::optional<qint64> value =
                pmp::store::SummaryMetrics::value(metric, patches, som, failedDeployments))
            snapshot.values.insert(metric, *value);
    fill(row, snapshot);
    row.state = TenantSummaryRow::State::Refreshed;
    pmp::store::Workspace::forConnection(profile.serverUrl, profile.id)
        ->history()
        .record(now, patches, som, failedDeployments);
    emit refreshed(row);
    done(profileId, TenantSummaryRow::State::Refreshed, {});
}

void TenantSummaryRefresher::done(const QString &profileId, TenantSummaryRow::State state, const QString &message)
{
    if (m_current != profileId)
        return;
    // Called from inside the attempt's callbacks: the context goes once they have returned.
    if (m_attempt)
        m_attempt.release()->deleteLater();
    m_current.clear();
    emit stateChanged(profileId, state, message);
    QTimer::singleShot(0, this, &TenantSummaryRefresher::next);
}

} // namespace pmp::ui
