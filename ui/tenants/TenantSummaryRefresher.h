#pragma once

#include "TenantOverviewModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace pmp::api {
class Client;
struct PatchSummary;
struct SomSummary;
} // namespace pmp::api
namespace pmp::auth {
struct Profile;
class ProfileStore;
class SessionManager;
class TokenStore;
} // namespace pmp::auth

namespace pmp::ui {

// Fetches every profile's summary numbers for the tenants overview, one tenant at a time, and keeps
// them in that profile's summary history (so its dashboard trends gain a point too).
//
// Within each tenant's token limits: a tenant with a window open is asked through that window's
// Client (its access token); any other gets a background session of its own, kept for as long as the
// refresher lives, so its access token is minted once and reused until it expires (Zoho allows 10
// per refresh token in 10 minutes; a refresh of every tenant costs one call each to E12, E34 and
// E16 (one row, for its count of failed deployments), no token). One tenant at a time also keeps dozens of tenants from
// opening dozens of connections at once. A tenant whose tokens are missing or revoked is marked "sign in needed"; the
// refresher never shows a sign-in prompt of its own.
class TenantSummaryRefresher : public QObject
{
    Q_OBJECT
public:
    // `openClient` gives the Client of a window already signed in to a profile (or null).
    TenantSummaryRefresher(pmp::auth::ProfileStore *profiles, pmp::auth::TokenStore *tokens,
                           std::function<pmp::api::Client *(const QString &profileId)> openClient,
                           QObject *parent = nullptr);
    ~TenantSummaryRefresher() override;

    // A row per saved profile, with the numbers its history last recorded; the history of a profile
    // in `known` (rows the caller already has numbers for) is not read again.
    QList<TenantSummaryRow> storedRows(const QStringList &known = {}) const;
    // Queues every profile not already queued; the first starts now.
    void refreshAll();
    void refresh(const QString &profileId);
    bool isBusy() const { return !m_current.isEmpty(); }
    int queued() const { return int(m_queue.size()); }

signals:
    void stateChanged(const QString &profileId, pmp::ui::TenantSummaryRow::State state, const QString &message);
    void refreshed(const pmp::ui::TenantSummaryRow &row);
    // The queue ran dry.
    void finished();

private:
    void next();
    void fetch(const QString &profileId, pmp::api::Client *client);
    // The numbers fetched for a tenant: into its history and its row.
    void record(const QString &profileId, const pmp::api::PatchSummary &patches, const pmp::api::SomSummary &som,
                std::optional<qint64> failedDeployments);
    void done(const QString &profileId, TenantSummaryRow::State state, const QString &message);
    pmp::auth::SessionManager *sessionFor(const QString &profileId);
    TenantSummaryRow rowFor(const pmp::auth::Profile &profile) const;

    QPointer<pmp::auth::ProfileStore> m_profiles;
    QPointer<pmp::auth::TokenStore> m_tokens;
    std::function<pmp::api::Client *(const QString &)> m_openClient;
    QStringList m_queue;
    QString m_current;
    std::unique_ptr<QObject> m_attempt;                     // the context of the current tenant's callbacks
    QHash<QString, pmp::auth::SessionManager *> m_sessions; // owned (children), one per background tenant
};

} // namespace pmp::ui
