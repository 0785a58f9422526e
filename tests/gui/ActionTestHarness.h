#pragma once

// Shared by the write-action GUI tests: a simulator on a real socket, a window, the server's filter
// choices and an ActionCentre with an in-memory store (made afresh for each test function by
// ActionDialogTest); plus small helpers to pick rows through the API and to drive the one
// confirmation dialog. Waits are condition waits (QSignalSpy, QTest::qWaitFor), never sleeps.

#include "ScopedAuthenticator.h"
#include "SimulatorFixture.h"
#include "SimulatorReads.h"

#include "actions/ActionCentre.h"
#include "actions/ActionSelection.h"
#include "actions/ConfirmActionDialog.h"

#include "models/ServerChoices.h"
#include "store/Workspace.h"

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

    static pmp::sim::SimulatorOptions small() { return fleetOf(60, 160); }

    SimulatorFixture sim;
    QWidget window;
    pmp::models::ServerChoices choices;
    std::shared_ptr<pmp::store::Workspace> workspace;
    pmp::ui::ActionCentre centre;
};

// The test object of a dialog test: a fresh harness `h` for every test function, its simulator
// listening and the server's filter choices loaded before the function starts.
class ActionDialogTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<ActionHarness> h;

private slots:
    void init()
    {
        h = std::make_unique<ActionHarness>();
        QVERIFY(h->sim.isListening());
        QTRY_VERIFY_WITH_TIMEOUT(h->choices.isLoaded(), 20000);
    }

    void cleanup() { h.reset(); }
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
