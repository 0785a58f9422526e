#pragma once

// Shared by the write-action GUI tests: a simulator on a real socket, a window, the server's filter
// choices and an ActionCentre with an in-memory store; plus small helpers to read the simulator's
// state through the API and to drive the one confirmation dialog. Waits are condition waits
// (QSignalSpy, QTest::qWaitFor), never sleeps.

#include "SimulatorFixture.h"

#include "actions/ActionCentre.h"
#include "actions/ActionSelection.h"
#include "actions/ConfirmActionDialog.h"

#include "api/Authenticator.h"
#include "api/PagedFetch.h"
#include "models/ServerChoices.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace pmp::test {

struct ActionHarness
{
    explicit ActionHarness(pmp::sim::SimulatorOptions options = small())
        : sim(options), choices(&sim.client()), workspace(pmp::store::Workspace::inMemory()),
          centre(&sim.client(), &choices, workspace.get(), QStringLiteral("Test profile"), &window)
    {
        window.resize(1100, 760);
        window.show();
        choices.load();
    }

    static pmp::sim::SimulatorOptions small()
    {
        pmp::sim::SimulatorOptions o;
        o.computers = 60;
        o.patches = 160;
        return o;
    }

    SimulatorFixture sim;
    QWidget window;
    pmp::models::ServerChoices choices;
    std::shared_ptr<pmp::store::Workspace> workspace;
    pmp::ui::ActionCentre centre;
};

inline QList<pmp::api::Record> fetchAll(pmp::api::Client &client, pmp::api::OperationId op,
                                        const pmp::api::ListQuery &query = {})
{
    pmp::api::PagedFetch fetch(&client, op, query);
    QList<pmp::api::Record> rows;
    QObject::connect(&fetch, &pmp::api::PagedFetch::pageArrived,
                     [&rows](int, const QList<pmp::api::Record> &r) { rows << r; });
    QSignalSpy done(&fetch, &pmp::api::PagedFetch::finished);
    fetch.start();
    if (done.isEmpty())
        done.wait(30000);
    return rows;
}

inline QList<pmp::sim::Simulator::RecordedRequest> requestsTo(const pmp::sim::Simulator &s, const QString &path)
{
    QList<pmp::sim::Simulator::RecordedRequest> out;
    for (const auto &r : s.requests())
        if (r.path == path)
            out << r;
    return out;
}

inline QJsonObject bodyOf(const pmp::sim::Simulator::RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// A cloud grant with chosen scopes, minted by the simulator; requestScopes() stands in for the browser
// consent: it grants (a new token with the scopes added) on the next event-loop turn.
class ScopedAuthenticator : public pmp::api::Authenticator
{
public:
    ScopedAuthenticator(pmp::sim::Simulator *simulator, QStringList scopes)
        : m_simulator(simulator), m_scopes(std::move(scopes))
    {
        m_token = m_simulator->mintAccessToken(m_scopes);
    }
    QByteArray authorizationHeader() const override { return "Zoho-oauthtoken " + m_token.toUtf8(); }
    QByteArray currentSecret() const override { return m_token.toUtf8(); }
    bool hasScope(const QString &scope) const override { return m_scopes.contains(scope); }
    void requestScopes(const QStringList &scopes) override
    {
        requested << scopes;
        if (!autoGrant)
            return;
        QMetaObject::invokeMethod(
            this, [this, scopes] { grant(scopes); }, Qt::QueuedConnection);
    }
    void grant(const QStringList &scopes)
    {
        m_scopes << scopes;
        m_token = m_simulator->mintAccessToken(m_scopes);
        emit scopesGranted(scopes);
    }
    QString token() const { return m_token; }
    QStringList requested;
    bool autoGrant = true;

private:
    pmp::sim::Simulator *m_simulator;
    QStringList m_scopes;
    QString m_token;
};

// Patches of a list (E08 with `filter`), as a list view selection would give them.
inline pmp::ui::ActionSelection patches(pmp::api::Client &client, int count, const pmp::api::ListQuery &filter,
                                        const std::function<bool(const pmp::api::Record &)> &accept = {})
{
    pmp::ui::ActionSelection s;
    s.viewId = QStringLiteral("patches");
    for (const pmp::api::Record &r : fetchAll(client, pmp::api::OperationId::AllPatches, filter)) {
        if (s.patchIds.size() >= count)
            break;
        if (accept && !accept(r))
            continue;
        s.patchIds << r.integerOr(QStringLiteral("patch_id"), 0);
        s.patchNames << r.text(QStringLiteral("patch_description"));
        s.patchPlatforms << r.text(QStringLiteral("platform_name"));
    }
    return s;
}

inline pmp::api::ListQuery missingFilter()
{
    pmp::api::ListQuery q;
    q.set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"));
    return q;
}

// Computers (E31), as the Computers list would give them.
inline pmp::ui::ActionSelection computers(pmp::api::Client &client, int count,
                                          const std::function<bool(const pmp::api::Record &)> &accept = {})
{
    pmp::ui::ActionSelection s;
    s.viewId = QStringLiteral("computers");
    for (const pmp::api::Record &r : fetchAll(client, pmp::api::OperationId::Computers)) {
        if (s.computerIds.size() >= count)
            break;
        if (accept && !accept(r))
            continue;
        s.computerIds << r.integerOr(QStringLiteral("resource_id"), 0);
        s.computerNames << r.text(QStringLiteral("resource_name"));
        s.ipAddresses << r.text(QStringLiteral("ip_address"));
    }
    return s;
}

inline std::optional<pmp::api::Record> findRecord(const QList<pmp::api::Record> &rows, const QString &key, qint64 id)
{
    for (const pmp::api::Record &r : rows)
        if (r.integerOr(key, -1) == id)
            return r;
    return std::nullopt;
}

// Types the phrase (if any), sends, and waits for the outcome. False when it did not finish.
inline bool confirmAndWait(pmp::ui::ConfirmActionDialog *dialog, const QString &phrase = {})
{
    if (!dialog)
        return false;
    if (!phrase.isEmpty()) {
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("typedConfirmation"));
        if (!typed)
            return false;
        QTest::keyClicks(typed, phrase);
    }
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    if (!send || !send->isEnabled())
        return false;
    QTest::mouseClick(send, Qt::LeftButton);
    return QTest::qWaitFor([dialog] { return dialog->phase() == pmp::ui::ConfirmActionDialog::Phase::Done; }, 30000);
}

} // namespace pmp::test
