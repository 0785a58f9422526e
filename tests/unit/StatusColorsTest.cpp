// The one set of status colours: readable in a light, a dark and a high-contrast palette, and the
// light/dark/high-contrast decision taken from the palette.

#include "ContrastRatio.h"

#include "widgets/DarkPalette.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using pmp::ui::StatusColors;
using Status = StatusColors::Status;

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette highContrastPalette(bool dark)
{
    QPalette p(dark ? Qt::black : Qt::white);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, dark ? Qt::black : Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, dark ? Qt::white : Qt::black);
    return p;
}

const Status AllStatuses[] = {Status::Ok, Status::Info, Status::Warning, Status::Error, Status::Neutral};

} // namespace

class StatusColorsTest : public QObject
{
    Q_OBJECT
private slots:
    void palettesAreToldApart()
    {
        QVERIFY(!StatusColors::isDark(lightPalette()));
        QVERIFY(!StatusColors::isHighContrast(lightPalette()));
        QVERIFY(StatusColors::isDark(pmp::ui::darkFusionPalette()));
        QVERIFY(!StatusColors::isHighContrast(pmp::ui::darkFusionPalette()));
        QVERIFY(StatusColors::isHighContrast(highContrastPalette(true)));
        QVERIFY(StatusColors::isDark(highContrastPalette(true)));
        QVERIFY(StatusColors::isHighContrast(highContrastPalette(false)));
        QVERIFY(!StatusColors::isDark(highContrastPalette(false)));
    }

    void everyStatusIsReadableInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << pmp::ui::darkFusionPalette();
        QTest::newRow("high contrast, dark") << highContrastPalette(true);
        QTest::newRow("high contrast, light") << highContrastPalette(false);
    }

    void everyStatusIsReadableInEveryPalette()
    {
        QFETCH(QPalette, palette);
        const bool dark = StatusColors::isDark(palette);
        for (const Status s : AllStatuses) {
            const StatusColors::Box box = StatusColors::box(s, palette);
            QVERIFY2(pmp::test::contrastRatio(box.foreground, box.background) >= 4.5,
                     qPrintable(box.foreground.name()));
            // A box in a dark window is dark, in a light one light: no light box in dark mode.
            QCOMPARE(box.background.lightness() < 128, dark);
            const QColor accent = StatusColors::accent(s, palette);
            QVERIFY2(pmp::test::contrastRatio(accent, palette.color(QPalette::Base)) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(accent.name(), palette.color(QPalette::Base).name())));
        }
        // The statuses stay told apart by colour.
        QVERIFY(StatusColors::accent(Status::Ok, palette) != StatusColors::accent(Status::Error, palette));
        QVERIFY(StatusColors::accent(Status::Warning, palette) != StatusColors::accent(Status::Error, palette));
    }

    void highContrastBoxesUseThePalettesOwnColours()
    {
        const QPalette p = highContrastPalette(true);
        const StatusColors::Box box = StatusColors::box(Status::Error, p);
        QCOMPARE(box.background, p.color(QPalette::Window));
        QCOMPARE(box.foreground, p.color(QPalette::WindowText));
        QVERIFY(
            StatusColors::boxStyleSheet(Status::Error, p, QStringLiteral("#x")).contains(QLatin1String("2px solid")));
    }

    void anAccentFollowsAPaletteChange()
    {
        QWidget parent;
        parent.setPalette(lightPalette());
        auto *label = new QLabel(QStringLiteral("Failed"), &parent);
        StatusColors::applyAccent(label, Status::Error);
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColors::accent(Status::Error, lightPalette()));
        parent.setPalette(pmp::ui::darkFusionPalette());
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 StatusColors::accent(Status::Error, pmp::ui::darkFusionPalette()));
        // A new status for the same widget replaces the old one.
        StatusColors::applyAccent(label, Status::Ok);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 StatusColors::accent(Status::Ok, pmp::ui::darkFusionPalette()));
        parent.setPalette(lightPalette());
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColors::accent(Status::Ok, lightPalette()));
    }
};

QTEST_MAIN(StatusColorsTest)
#include "StatusColorsTest.moc"
