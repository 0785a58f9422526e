// The tenant badge (issue 13, item 3): every colour of its palette carries white text at 4.5:1 or
// better, a profile keeps the colour it was given, and profiles get different colours while the
// palette has some to spare.

#include "ContrastRatio.h"

#include "widgets/TenantBadge.h"

#include "auth/ProfileStore.h"

#include <QApplication>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using pmp::ui::TenantBadge;

class TenantBadgeTest : public QObject
{
    Q_OBJECT

private slots:
    void everyColourCarriesWhiteText()
    {
        QVERIFY(TenantBadge::colourCount() >= 8);
        QSet<QRgb> seen;
        for (int i = 0; i < TenantBadge::colourCount(); ++i) {
            const QColor c = TenantBadge::colour(i);
            QVERIFY2(pmp::test::contrastRatio(c, TenantBadge::textColour()) >= 4.5,
                     qPrintable(QStringLiteral("colour %1 (%2)").arg(i).arg(c.name())));
            seen.insert(c.rgb());
        }
        QCOMPARE(seen.size(), TenantBadge::colourCount());                                 // no colour twice
        QCOMPARE(TenantBadge::colour(TenantBadge::colourCount()), TenantBadge::colour(0)); // wraps
    }

    void badgeShowsTheTenant()
    {
        QWidget window;
        auto *badge = new TenantBadge(&window);
        QVERIFY(!badge->isVisibleTo(&window)); // nothing to say yet
        QVERIFY(TenantBadge::of(&window) == nullptr);
        badge->setTenant(QStringLiteral("Contoso <b>EU</b>"), TenantBadge::colour(3), QStringLiteral("tip"));
        QVERIFY(badge->isVisibleTo(&window));
        QCOMPARE(badge->textFormat(), Qt::PlainText); // a tenant's name is text, never markup
        QCOMPARE(badge->text(), QStringLiteral("Contoso <b>EU</b>"));
        QCOMPARE(badge->tenantColour(), TenantBadge::colour(3));
        auto *child = new QWidget(&window);
        QCOMPARE(TenantBadge::of(child), badge);
    }

    void profilesKeepDistinctColours()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        QStringList ids;
        {
            pmp::auth::ProfileStore store(&settings);
            QCOMPARE(store.badgeIndex(QStringLiteral("nobody"), 10), -1);
            QSet<int> used;
            for (int i = 0; i < TenantBadge::colourCount(); ++i) {
                pmp::auth::Profile p;
                p.name = QStringLiteral("Tenant %1").arg(i);
                p = store.save(p);
                ids << p.id;
                const int index = store.badgeIndex(p.id, TenantBadge::colourCount());
                QVERIFY(index >= 0 && index < TenantBadge::colourCount());
                used.insert(index);
            }
            QCOMPARE(used.size(), TenantBadge::colourCount()); // all different while colours last
        }
        // Kept across restarts, and not changed by saving the profile again (a rename).
        pmp::auth::ProfileStore again(&settings);
        const int first = again.badgeIndex(ids.first(), TenantBadge::colourCount());
        pmp::auth::Profile renamed = again.profile(ids.first());
        renamed.name = QStringLiteral("Renamed");
        again.save(renamed);
        QCOMPARE(again.badgeIndex(ids.first(), TenantBadge::colourCount()), first);
        // One more profile than colours: it shares the least-used one rather than failing.
        pmp::auth::Profile extra;
        extra.name = QStringLiteral("Extra");
        extra = again.save(extra);
        QVERIFY(again.badgeIndex(extra.id, TenantBadge::colourCount()) >= 0);
    }
};

QTEST_MAIN(TenantBadgeTest)
#include "TenantBadgeTest.moc"
