// Tenants side by side (issue 13, item 3): two windows on two simulator tenants, each with its own
// session, tokens, cache and journal; the badge, title and every write confirmation say which tenant a
// window acts on; opening a tenant again brings its window forward; the tenants overview shows each
// profile's summary, fetched in the background with each tenant's own tokens.
#include "SimulatorFixture.h"

#include "actions/ActionCentre.h"
#include "actions/ConfirmActionDialog.h"
#include "main/MainWindow.h"
#include "tenants/NewWindowMenu.h"
#include "tenants/TenantOverviewModel.h"
#include "tenants/TenantSummaryRefresher.h"
#include "tenants/TenantWindows.h"
#include "tenants/TenantsOverview.h"
#include "widgets/TenantBadge.h"

#include "api/Client.h"
#include "api/ListQuery.h"
#include "auth/ProfileStore.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenResponse.h"
#include "auth/TokenStore.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pmp;
using namespace pmp::test;

namespace {
const QStringList kScopes = {
    QStringLiteral("PatchManagerPlusCloud.Common.READ"),      QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ"),
    QStringLiteral("PatchManagerPlusCloud.PatchMgmt.UPDATE"), QStringLiteral("PatchManagerPlusCloud.SOM.READ"),
    QStringLiteral("PatchManagerPlusCloud.SOM.UPDATE"),       QStringLiteral("PatchManagerPlusCloud.QueryReport.READ"),
};

// What a tenant's simulator received, by the token it was sent with.
int requestsWith(sim::Simulator &simulator, const QString &token)
{
    int n = 0;
    for (const auto &request : simulator.requests())
        if (request.authorization.contains(token.toUtf8()))
            ++n;
    return n;
}

// A cloud profile on a simulator (its server and its accounts server), as a sign-in would save it.
auth::Profile cloudProfile(const QString &name, const QUrl &simulator, const QStringList &scopes = {})
{
    auth::Profile p;
    p.name = name;
    p.kind = auth::Profile::Kind::Cloud;
    p.dataCentreId = QStringLiteral("custom");
    p.serverUrl = simulator;
    p.accountsUrl = simulator;
    p.clientId = QStringLiteral("1000.PATCHDECKSIM");
    p.grantedScopes = scopes;
    return p;
}

int writesTo(sim::Simulator &simulator)
{
    int n = 0;
    for (const auto &request : simulator.requests())
        if (request.method == QLatin1String("POST"))
            ++n;
    return n;
}

ui::ConfirmActionDialog *openConfirmation()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<ui::ConfirmActionDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}
} // namespace

class TenantWindowsTest : public QObject
{
    Q_OBJECT

    // A tenant: its own simulator (its own fleet), the profile PatchDeck keeps for it and the access
    // token that simulator minted for it.
    struct Tenant
    {
        std::unique_ptr<SimulatorFixture> sim;
        auth::Profile profile;
        QString token;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<auth::TokenStore> m_tokens;
    Tenant m_a, m_b;

    Tenant makeTenant(const QString &name, int computers, int patches)
    {
        Tenant t;
        t.sim = std::make_unique<SimulatorFixture>(fleetOf(computers, patches));
        t.token = t.sim->simulator().mintAccessToken(kScopes);
        t.profile = cloudProfile(name, t.sim->simulator().baseUrl(), kScopes);
        t.profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // its store is its own file
        t.profile = m_profiles->save(t.profile);
        auth::TokenSet tokens;
        tokens.refreshToken = "refresh-" + t.profile.id.toUtf8(); // never used: the access token is fresh
        tokens.accessToken = t.token.toUtf8();
        tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3000);
        tokens.grantedScopes = kScopes;
        bool saved = false;
        m_tokens->save(t.profile.id, tokens, this, [&saved](const auth::TokenStore::Result &r) { saved = r.ok(); });
        [&] { QTRY_VERIFY(saved); }();
        return t;
    }

private slots:
    // Opening a window makes its profile the one PatchDeck opens next; every test starts on A.
    void init() { m_profiles->setCurrentId(m_a.profile.id); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the tenants' stores under ~/.qttest
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<auth::ProfileStore>(m_settings.get());
        m_tokens = std::make_unique<auth::TokenStore>();
        m_tokens->setMode(auth::TokenStore::Mode::SessionOnly); // the keychain has tests of its own
        m_a = makeTenant(QStringLiteral("Contoso"), 30, 60);
        m_b = makeTenant(QStringLiteral("Fabrikam"), 45, 80);
        QVERIFY(m_a.sim->isListening() && m_b.sim->isListening());
        QVERIFY(m_a.token != m_b.token);
        m_profiles->setCurrentId(m_a.profile.id);
    }

    void twoWindowsNeverMixTokensCachesOrJournals()
    {
        ui::TenantWindows tenants(m_profiles.get(), m_tokens.get());
        QSignalSpy cancelled(&tenants, &ui::TenantWindows::cancelled);
        tenants.start();
        QTRY_COMPARE(tenants.windows().size(), 1);
        tenants.open(m_b.profile.id);
        QTRY_COMPARE(tenants.windows().size(), 2);
        ui::MainWindow *a = tenants.windowFor(m_a.profile.id);
        ui::MainWindow *b = tenants.windowFor(m_b.profile.id);
        QVERIFY(a && b && a != b);
        QVERIFY(a->isVisible() && b->isVisible());

        // Each window says which tenant it acts on, in its title and its badge, in colours that differ.
        QVERIFY(a->windowTitle().contains(QStringLiteral("Contoso")));
        QVERIFY(b->windowTitle().contains(QStringLiteral("Fabrikam")));
        QCOMPARE(a->tenantBadge()->text(), QStringLiteral("Contoso"));
        QCOMPARE(b->tenantBadge()->text(), QStringLiteral("Fabrikam"));
        QVERIFY(a->tenantBadge()->isVisibleTo(a));
        QVERIFY(a->tenantBadge()->tenantColour() != b->tenantBadge()->tenantColour());

        // Its own Client, its own profile's store.
        QVERIFY(tenants.clientFor(m_a.profile.id) != tenants.clientFor(m_b.profile.id));
        QVERIFY(a->workspace() && b->workspace() && a->workspace() != b->workspace());
        QCOMPARE(a->workspace()->key(), m_a.profile.id);
        QCOMPARE(b->workspace()->key(), m_b.profile.id);

        // Both windows fetch; each simulator only ever sees its own tenant's token.
        m_a.sim->simulator().clearRequests();
        m_b.sim->simulator().clearRequests();
        a->showPage(QStringLiteral("computers"));
        b->showPage(QStringLiteral("computers"));
        a->refreshCurrent();
        b->refreshCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(a->workspace()->viewCache().storedBytes() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(b->workspace()->viewCache().storedBytes() > 0, 20000);
        QVERIFY(requestsWith(m_a.sim->simulator(), m_a.token) > 0);
        QVERIFY(requestsWith(m_b.sim->simulator(), m_b.token) > 0);
        QCOMPARE(requestsWith(m_a.sim->simulator(), m_b.token), 0);
        QCOMPARE(requestsWith(m_b.sim->simulator(), m_a.token), 0);
        QCOMPARE(m_a.sim->simulator().requests().size(), requestsWith(m_a.sim->simulator(), m_a.token));
        QCOMPARE(m_b.sim->simulator().requests().size(), requestsWith(m_b.sim->simulator(), m_b.token));

        // A write confirmed in B's window names B, wears B's colour, goes to B's server and lands in
        // B's journal only.
        const qsizetype journalA = a->workspace()->journal().query().size();
        const qsizetype journalB = b->workspace()->journal().query().size();
        const int writesA = writesTo(m_a.sim->simulator());
        b->actionCentre()->openScanAll(); // a write that asks for the phrase ALL
        ui::ConfirmActionDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = openConfirmation()) != nullptr);
        QVERIFY(confirm->windowTitle().contains(QStringLiteral("Fabrikam")));
        auto *named = confirm->findChild<ui::TenantBadge *>(QStringLiteral("confirmTenant"));
        QVERIFY(named);
        QVERIFY(named->text().contains(QStringLiteral("Fabrikam")));
        QCOMPARE(named->tenantColour(), b->tenantBadge()->tenantColour());
        auto *typed = confirm->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        QVERIFY(typed);
        QTest::keyClicks(typed, QStringLiteral("ALL"));
        auto *send = confirm->findChild<QPushButton *>(QStringLiteral("sendButton"));
        QVERIFY(send && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(confirm->phase() == ui::ConfirmActionDialog::Phase::Done, 20000);
        QTRY_COMPARE(b->workspace()->journal().query().size(), journalB + 1);
        QCOMPARE(a->workspace()->journal().query().size(), journalA);
        QCOMPARE(writesTo(m_a.sim->simulator()), writesA);
        QVERIFY(writesTo(m_b.sim->simulator()) > 0);
        confirm->close();

        QCOMPARE(cancelled.count(), 0);
    }

    void openingATenantAgainBringsItsWindowForward()
    {
        ui::TenantWindows tenants(m_profiles.get(), m_tokens.get());
        tenants.start();
        QTRY_COMPARE(tenants.windows().size(), 1);
        tenants.open(m_b.profile.id);
        tenants.open(m_b.profile.id); // asked twice while its tokens are read: one window
        QTRY_COMPARE(tenants.windows().size(), 2);
        QSignalSpy changed(&tenants, &ui::TenantWindows::windowsChanged);
        tenants.open(m_a.profile.id);
        tenants.open(m_b.profile.id);
        QCoreApplication::processEvents();
        QCOMPARE(tenants.windows().size(), 2);
        QCOMPARE(changed.count(), 0);

        // File › New window lists every profile, those open checked, and signing in to another tenant.
        ui::MainWindow *a = tenants.windowFor(m_a.profile.id);
        auto *menu = a->fileMenu()->findChild<ui::NewWindowMenu *>(QStringLiteral("newWindowMenu"));
        QVERIFY(menu);
        menu->rebuild();
        const QList<QAction *> actions = menu->actions();
        auto entry = [&](const QString &id) -> QAction * {
            for (QAction *action : actions)
                if (action->objectName() == QStringLiteral("newWindow:") + id)
                    return action;
            return nullptr;
        };
        QVERIFY(entry(m_a.profile.id) && entry(m_a.profile.id)->isChecked());
        QVERIFY(entry(m_b.profile.id) && entry(m_b.profile.id)->isChecked());
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("newWindowSignIn")));
        QVERIFY(a->fileMenu()->findChild<QAction *>(QStringLiteral("tenantsOverviewAction")));

        // Switching A's window to B from its Profile menu brings B's window forward; A stays on A.
        auto *profileMenu = a->findChild<QMenu *>(QStringLiteral("profileMenu"));
        QVERIFY(profileMenu);
        auto *toB = profileMenu->findChild<QAction *>(QStringLiteral("profile:") + m_b.profile.id);
        QVERIFY(toB);
        QSignalSpy switched(&tenants, &ui::TenantWindows::windowsChanged);
        toB->trigger();
        QVERIFY(!switched.wait(1000)); // a switch would have announced A's window on B by now
        QCOMPARE(tenants.windowFor(m_a.profile.id), a);
        QCOMPARE(a->tenantBadge()->text(), QStringLiteral("Contoso"));
        QCOMPARE(tenants.windows().size(), 2);

        // Closing a window ends its session; the other window goes on.
        QPointer<ui::MainWindow> b = tenants.windowFor(m_b.profile.id);
        QVERIFY(b->close());
        QTRY_VERIFY(b.isNull());
        QCOMPARE(tenants.windows().size(), 1);
        QVERIFY(tenants.clientFor(m_b.profile.id) == nullptr);
        QVERIFY(tenants.clientFor(m_a.profile.id) != nullptr);
    }

    void signingInToAnotherTenantCanBeCancelled()
    {
        ui::TenantWindows tenants(m_profiles.get(), m_tokens.get());
        QSignalSpy cancelled(&tenants, &ui::TenantWindows::cancelled);
        tenants.start();
        QTRY_COMPARE(tenants.windows().size(), 1);
        tenants.signInToAnother();
        QDialog *signIn = nullptr;
        QTRY_VERIFY((signIn = [] {
                        for (QWidget *w : QApplication::topLevelWidgets())
                            if (w->objectName() == QLatin1String("signInDialog") && w->isVisible())
                                return qobject_cast<QDialog *>(w);
                        return static_cast<QDialog *>(nullptr);
                    }()) != nullptr);
        QPointer<QDialog> dialog = signIn;
        signIn->reject();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(tenants.windows().size(), 1); // the open window is left alone
        QCOMPARE(cancelled.count(), 0);        // and PatchDeck does not quit
    }

    void overviewShowsEveryTenantWithItsOwnTokens()
    {
        // A third profile that was never signed in: the overview says so and asks nothing.
        auth::Profile orphan = cloudProfile(QStringLiteral("Northwind"), m_a.sim->simulator().baseUrl());
        orphan = m_profiles->save(orphan);

        ui::TenantWindows tenants(m_profiles.get(), m_tokens.get());
        tenants.start(); // A's window is open; B is refreshed through a background session
        QTRY_COMPARE(tenants.windows().size(), 1);
        const QString current = m_profiles->currentId();
        m_a.sim->simulator().clearRequests();
        m_b.sim->simulator().clearRequests();

        ui::TenantsOverview overview(&tenants);
        ui::TenantOverviewModel *model = overview.model();
        QCOMPARE(model->rowCount(), 3);
        QSignalSpy finished(overview.refresher(), &ui::TenantSummaryRefresher::finished);
        overview.showAndRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);

        auto row = [&](const QString &id) { return model->rows().at(model->rowOf(id)); };
        // The numbers are each server's own (E12 and E34 asked of each simulator directly).
        for (Tenant *t : {&m_a, &m_b}) {
            const ui::TenantSummaryRow r = row(t->profile.id);
            QCOMPARE(r.state, ui::TenantSummaryRow::State::Refreshed);
            std::optional<qint64> critical, highly, failed;
            bool answered = false;
            t->sim->client().patchSummary(this, [&](const api::Result<api::PatchSummary> &p) {
                critical = p.value.missingCritical;
                t->sim->client().somSummary(this, [&, patches = p.value](const api::Result<api::SomSummary> &s) {
                    highly =
                        store::SummaryMetrics::value(store::SummaryMetric::HighlyVulnerableSystems, patches, s.value);
                    // Every system with a failed installation, counted from the rows.
                    t->sim->client().threatSystemReport(
                        api::ListQuery().set(QStringLiteral("patch_status"), QStringLiteral("Failed")), 1, 1000, this,
                        [&](const api::Result<api::RecordPage> &page) {
                            if (page.ok() && page.value.records.size() < 1000)
                                failed = page.value.records.size();
                            answered = true;
                        });
                });
            });
            QTRY_VERIFY(answered);
            QCOMPARE(r.missingCritical, critical);
            QCOMPARE(r.highlyVulnerable, highly);
            QVERIFY(failed);
            QCOMPARE(r.failedDeployments, failed);
            QVERIFY(r.refreshedAt.isValid());
            // ...and kept in the tenant's history, for its dashboard trends.
            const auto latest =
                store::Workspace::forConnection(t->profile.serverUrl, t->profile.id)->history().latest();
            QVERIFY(latest);
            QCOMPARE(latest->value(store::SummaryMetric::MissingCritical), critical);
        }
        QVERIFY(model->rows().at(model->rowOf(m_a.profile.id)).missingCritical !=
                    model->rows().at(model->rowOf(m_b.profile.id)).missingCritical ||
                model->rows().at(model->rowOf(m_a.profile.id)).highlyVulnerable !=
                    model->rows().at(model->rowOf(m_b.profile.id)).highlyVulnerable);
        QCOMPARE(row(orphan.id).state, ui::TenantSummaryRow::State::SignInNeeded);

        // Each tenant was asked with its own token; the background session did not make B the profile
        // PatchDeck opens next, nor open a window.
        QVERIFY(requestsWith(m_a.sim->simulator(), m_a.token) >= 2);
        QVERIFY(requestsWith(m_b.sim->simulator(), m_b.token) >= 2);
        QCOMPARE(requestsWith(m_a.sim->simulator(), m_b.token), 0);
        QCOMPARE(requestsWith(m_b.sim->simulator(), m_a.token), 0);
        QCOMPARE(m_profiles->currentId(), current);
        QCOMPARE(tenants.windows().size(), 1);

        // A second refresh reuses B's background session: no sign-in again, no token request. B's
        // failed-deployment count fails this time: the summaries still count as refreshed, the
        // count is unknown (not zero).
        const int tokenRequests = m_b.sim->simulator().tokenRequestCount();
        QVERIFY(m_b.sim->simulator().setFaults(QStringLiteral("5xx:1:status=500:path=/dcapi/threats/systemreport/*")));
        finished.clear();
        overview.refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
        QVERIFY(m_b.sim->simulator().setFaults(QString()));
        QCOMPARE(m_b.sim->simulator().tokenRequestCount(), tokenRequests);
        QCOMPARE(row(m_b.profile.id).state, ui::TenantSummaryRow::State::Refreshed);
        QVERIFY(row(m_b.profile.id).missingCritical.has_value());
        QVERIFY(!row(m_b.profile.id).failedDeployments.has_value());
        QVERIFY(row(m_a.profile.id).failedDeployments.has_value());

        // A later overview opens with the numbers the tenants' histories kept, before it fetches anything.
        {
            ui::TenantsOverview later(&tenants);
            const ui::TenantOverviewModel *kept = later.model();
            const ui::TenantSummaryRow b = kept->rows().at(kept->rowOf(m_b.profile.id));
            QCOMPARE(b.state, ui::TenantSummaryRow::State::NotRefreshed);
            QCOMPARE(b.missingCritical, row(m_b.profile.id).missingCritical);
            QVERIFY(b.refreshedAt.isValid());
            QVERIFY(!kept->rows().at(kept->rowOf(orphan.id)).missingCritical.has_value());
        }

        // Double-clicking a tenant opens its window.
        // (An index of the table now: opening a window resets the model, see below.)
        const auto indexOfB = [&] {
            const QAbstractItemModel *table = overview.table()->model();
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->index(r, 0).data(ui::TenantOverviewModel::ProfileIdRole) == m_b.profile.id)
                    return table->index(r, 0);
            return QModelIndex();
        };
        const QModelIndex bIndex = indexOfB();
        QVERIFY(bIndex.isValid());
        emit overview.table()->activated(bIndex);
        QTRY_COMPARE(tenants.windows().size(), 2);
        QVERIFY(tenants.windowFor(m_b.profile.id));

        // The profiles change (one goes): the table is rebuilt and B stays selected and current.
        overview.table()->setCurrentIndex(indexOfB());
        overview.table()->selectRow(indexOfB().row());
        m_profiles->remove(orphan.id);
        QTRY_COMPARE(model->rowCount(), 2);
        const QModelIndexList selected = overview.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ui::TenantOverviewModel::ProfileIdRole).toString(), m_b.profile.id);
        QCOMPARE(overview.table()->currentIndex().data(ui::TenantOverviewModel::ProfileIdRole).toString(),
                 m_b.profile.id);
    }

    void backgroundRefreshMintsOneTokenAndKeepsIt()
    {
        // A tenant whose stored access token has expired, with a real refresh token of its server: the
        // overview's background session mints one access token and reuses it on the next refresh,
        // instead of spending the tenant's 10 tokens per 10 minutes.
        SimulatorFixture server(fleetOf(25, 50));
        QVERIFY(server.isListening());
        QNetworkAccessManager network;
        auth::TokenEndpoint endpoint(&network);
        auth::TokenResponse granted;
        bool answered = false;
        endpoint.exchangeCode(server.simulator().baseUrl(), QStringLiteral("1000.PATCHDECKSIM"),
                              QByteArrayLiteral("patchdeck-sim-secret"), {},
                              server.simulator().mintAuthorizationCode(kScopes).toUtf8(), {},
                              [&](const auth::TokenResponse &r) {
                                  granted = r;
                                  answered = true;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(granted.ok(), qPrintable(granted.message));

        auth::Profile profile = cloudProfile(QStringLiteral("Woodgrove"), server.simulator().baseUrl(), kScopes);
        profile = m_profiles->save(profile);
        auth::TokenSet tokens;
        tokens.refreshToken = granted.refreshToken;
        tokens.accessToken = granted.accessToken;
        tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60); // spent
        tokens.grantedScopes = kScopes;
        tokens.clientSecret = QByteArrayLiteral("patchdeck-sim-secret");
        bool saved = false;
        m_tokens->save(profile.id, tokens, this, [&saved](const auth::TokenStore::Result &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);

        ui::TenantWindows tenants(m_profiles.get(), m_tokens.get());
        ui::TenantSummaryRefresher refresher(m_profiles.get(), m_tokens.get(),
                                             [&](const QString &id) { return tenants.clientFor(id); });
        QSignalSpy finished(&refresher, &ui::TenantSummaryRefresher::finished);
        QSignalSpy refreshed(&refresher, &ui::TenantSummaryRefresher::refreshed);
        const int before = server.simulator().tokenRequestCount();
        refresher.refresh(profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(server.simulator().tokenRequestCount(), before + 1); // one renewal
        refresher.refresh(profile.id);
        refresher.refresh(profile.id); // asked again while queued: one fetch
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 20000);
        QCOMPARE(refreshed.count(), 2);
        QCOMPARE(server.simulator().tokenRequestCount(), before + 1); // the kept session's token
        m_profiles->remove(profile.id);
    }
};

QTEST_MAIN(TenantWindowsTest)
#include "TenantWindowsTest.moc"
