#include "simulator/FleetGenerator.h"
#include "simulator/FleetState.h"
#include "simulator/SeedHash.h"

#include <QSet>
#include <QTest>

using namespace pmp::sim;

namespace {

// Recounts everything from scratch through status(), to check the incremental bookkeeping.
QString countMismatch(const FleetState &fleet)
{
    QList<std::array<int, 3>> perPatch(fleet.patches().size(), {0, 0, 0});
    for (int c = 0; c < fleet.computers().size(); ++c) {
        const Computer &comp = fleet.computers().at(c);
        std::array<int, 5> missing{};
        int installedOs = 0, installedTp = 0, missingOs = 0, missingTp = 0, failed = 0;
        for (int p = 0; p < fleet.patches().size(); ++p) {
            const PatchStatus st = fleet.status(c, p);
            if (st.state == PatchState::NotApplicable)
                continue;
            const Patch &patch = fleet.patches().at(p);
            const bool tp = patch.updateType == UpdateType::ThirdParty;
            if (st.state == PatchState::Installed) {
                ++perPatch[p][0];
                ++(tp ? installedTp : installedOs);
            } else {
                ++perPatch[p][st.state == PatchState::Missing ? 1 : 2];
                ++(tp ? missingTp : missingOs);
                ++missing[patch.severity];
                failed += st.state == PatchState::Failed;
            }
        }
        if (comp.removed)
            continue;
        if (missing != comp.missingBySeverity || installedOs != comp.installedOs ||
            installedTp != comp.installedThirdParty || missingOs != comp.missingOs ||
            missingTp != comp.missingThirdParty || failed != comp.failed)
            return QStringLiteral("computer %1 counts differ").arg(comp.id);
        if (comp.health != FleetState::healthFor(comp))
            return QStringLiteral("computer %1 health differs").arg(comp.id);
    }
    for (int p = 0; p < fleet.patches().size(); ++p) {
        const Patch &patch = fleet.patches().at(p);
        if (perPatch[p][0] != patch.installed || perPatch[p][1] != patch.missing || perPatch[p][2] != patch.failed)
            return QStringLiteral("patch %1 counts differ").arg(patch.id);
    }
    return {};
}

} // namespace

class SimulatorFleetTest : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameFleet()
    {
        FleetState a(5), b(5), c(6);
        FleetGenerator::generate(a, 300, 400);
        FleetGenerator::generate(b, 300, 400);
        FleetGenerator::generate(c, 300, 400);
        QCOMPARE(a.computers().size(), 300);
        QCOMPARE(a.patches().size(), 400);
        bool differs = false;
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(a.computers().at(i).name, b.computers().at(i).name);
            QCOMPARE(a.ipAddress(i), b.ipAddress(i));
            QCOMPARE(a.macAddress(i), b.macAddress(i));
            differs = differs || a.computers().at(i).name != c.computers().at(i).name;
        }
        for (int p = 0; p < 400; ++p) {
            QCOMPARE(a.patches().at(p).id, b.patches().at(p).id);
            QCOMPARE(a.patches().at(p).description, b.patches().at(p).description);
            QCOMPARE(a.patches().at(p).installed, b.patches().at(p).installed);
        }
        QVERIFY(differs);
    }

    void namesIdsAndAddressesAreUnique()
    {
        FleetState fleet(1);
        FleetGenerator::generate(fleet, 5000, 1500);
        QSet<QString> names, ips, macs;
        for (int c = 0; c < fleet.computers().size(); ++c) {
            names.insert(fleet.computers().at(c).name.toLower());
            ips.insert(fleet.ipAddress(c));
            macs.insert(fleet.macAddress(c));
            QCOMPARE(fleet.computerIndexByName(fleet.computers().at(c).name), c);
            QCOMPARE(fleet.computerIndex(fleet.computers().at(c).id), c);
        }
        QCOMPARE(names.size(), 5000);
        QCOMPARE(ips.size(), 5000);
        QVERIFY(macs.size() > 4990); // 24 random bits per vendor prefix
        QSet<qint64> ids;
        for (const Patch &p : fleet.patches()) {
            ids.insert(p.id);
            QVERIFY(!p.name.isEmpty() && !p.description.isEmpty() && !p.vendor.isEmpty() && !p.bulletinId.isEmpty());
            QVERIFY(p.severity >= 0 && p.severity <= 4);
            QVERIFY(p.releasedMs <= p.supportedMs);
            if (p.supersededBy > 0) {
                const int newer = fleet.patchIndex(p.supersededBy);
                QVERIFY(newer >= 0);
                QVERIFY(fleet.patches().at(newer).releasedMs >= p.releasedMs);
            }
        }
        QCOMPARE(ids.size(), 1500);
        // The catalogue has the vendors a console expects.
        QSet<QString> vendors;
        for (const Patch &p : fleet.patches())
            vendors.insert(p.vendor);
        for (const char *v : {"Microsoft", "Google", "Mozilla", "Adobe", "Oracle", "Igor Pavlov", "Notepad++ Team",
                              "Apple", "Canonical", "Red Hat", "HP", "Dell"})
            QVERIFY2(vendors.contains(QLatin1String(v)), v);
    }

    void incrementalCountsMatchARecount()
    {
        FleetState fleet(3);
        FleetGenerator::generate(fleet, 400, 500);
        QCOMPARE(countMismatch(fleet), QString());

        // Overrides: install, fail and uninstall a few hundred pairs.
        int changed = 0;
        for (int c = 0; c < fleet.computers().size() && changed < 300; c += 3) {
            fleet.forEachApplicable(c, [&](int p, const PatchStatus &) {
                if (SeedHash::below(SeedHash::of(c, p), 5) != 0)
                    return;
                PatchStatus next;
                next.state = QList<PatchState>{PatchState::Installed, PatchState::Missing, PatchState::Failed}.at(
                    SeedHash::below(SeedHash::of(p, c), 3));
                next.installedMs = 1;
                next.errorCode = 1603;
                fleet.setStatus(c, p, next);
                ++changed;
            });
        }
        QVERIFY(changed > 100);
        QCOMPARE(countMismatch(fleet), QString());

        // A first scan reveals the patches of a never-scanned computer; removal takes them away.
        int unscanned = -1;
        for (int c = 0; c < fleet.computers().size(); ++c)
            if (!fleet.computers().at(c).scanned() && fleet.computers().at(c).agentInstalled())
                unscanned = c;
        QVERIFY(unscanned >= 0);
        fleet.markScanned(unscanned, 1793610000000LL);
        QVERIFY(fleet.computers().at(unscanned).scanned());
        QCOMPARE(countMismatch(fleet), QString());
        const int before = fleet.activeComputerCount();
        fleet.removeComputer(5);
        fleet.removeComputer(unscanned);
        QCOMPARE(fleet.activeComputerCount(), before - 2);
        QCOMPARE(fleet.computerIndex(fleet.computers().at(5).id), -1);
        QCOMPARE(countMismatch(fleet), QString());
    }

    void healthFollowsThePolicyThresholds()
    {
        Computer c;
        c.lastSuccessfulScanMs = 1;
        QCOMPARE(FleetState::healthFor(c), 1);
        c.missingBySeverity = {7, 0, 0, 0, 0}; // unrated only
        QCOMPARE(FleetState::healthFor(c), 1);
        c.missingBySeverity = {0, 99, 74, 49, 0};
        QCOMPARE(FleetState::healthFor(c), 2);
        c.missingBySeverity = {0, 0, 0, 0, 1};
        QCOMPARE(FleetState::healthFor(c), 3);
        c.missingBySeverity = {0, 0, 0, 50, 0};
        QCOMPARE(FleetState::healthFor(c), 3);
        c.missingBySeverity = {0, 100, 0, 0, 0};
        QCOMPARE(FleetState::healthFor(c), 3);
        c.lastSuccessfulScanMs = 0;
        QCOMPARE(FleetState::healthFor(c), 0);
    }

    void fleetHasEveryKindOfComputer()
    {
        FleetState fleet(1);
        FleetGenerator::generate(fleet, 2000, 600);
        QSet<int> platforms, installation, live, scan, health, offices;
        for (const Computer &c : fleet.computers()) {
            platforms.insert(fleet.osProfiles().at(c.os).platform);
            installation.insert(c.installationStatus);
            live.insert(c.liveStatus);
            scan.insert(c.scanStatus);
            health.insert(c.health);
            offices.insert(c.office);
        }
        QCOMPARE(platforms, (QSet<int>{1, 2, 3}));
        QCOMPARE(installation, (QSet<int>{21, 22, 23, 24, 29, 31}));
        QCOMPARE(live, (QSet<int>{1, 2, 3}));
        QCOMPARE(scan, (QSet<int>{226, 227, 228, 229}));
        QCOMPARE(health, (QSet<int>{0, 1, 2, 3}));
        QCOMPARE(offices.size(), int(fleet.offices().size()));
        QCOMPARE(fleet.groups().first().name, QStringLiteral("All Computers Group"));
        QVERIFY(fleet.policyIndexByName(QStringLiteral("Deploy any time at the earliest")) >= 0);
        QVERIFY(fleet.policyIndexByName(QStringLiteral("Force reboot excluding servers")) >= 0);
    }
};

QTEST_GUILESS_MAIN(SimulatorFleetTest)
#include "SimulatorFleetTest.moc"
