// The console in a dark Fusion palette: every page, every write dialog, the sign-in dialog, banners
// of each kind, the keychain and confirmation notices, field errors and the journal's outcomes are
// grabbed, and no widget may be a light box (most of its own area light) in the dark window. Status
// text must stay readable on the dark background. The shots are saved under dark-mode-shots/ in
// the working directory (build-ci/tests/gui under ctest) for people to look at.

#include "ConsoleWalk.h"
#include "ContrastRatio.h"
#include "SimulatorFixture.h"

#include "actions/ActionFormDialog.h"
#include "actions/ConfirmActionDialog.h"
#include "actions/FieldErrors.h"
#include "actions/JournalTableModel.h"
#include "signin/SignInDialog.h"
#include "store/Workspace.h"
#include "widgets/DarkPalette.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace pmp;

namespace {

constexpr int LightPixel = 200;    // HSL lightness of a pixel that counts as light
constexpr double LightShare = 0.5; // a widget more light than not is a light box
constexpr int SmallestBox = 12;    // smaller widgets (check marks, icons) are not boxes

// The share of a region's pixels that are light. Light text on dark ground stays well below half:
// glyphs are thin; a light box is light almost everywhere.
double lightShare(const QImage &image, const QRect &region)
{
    const QRect r = region.intersected(image.rect());
    qint64 light = 0, all = 0;
    for (int y = r.top(); y <= r.bottom(); y += 2)
        for (int x = r.left(); x <= r.right(); x += 2) {
            ++all;
            if (QColor(image.pixel(x, y)).lightness() > LightPixel)
                ++light;
        }
    return all ? double(light) / double(all) : 0;
}

// Grabs `root` (saved as `name`.png) and lists the visible widgets under it that are light boxes.
QStringList lightBoxes(QWidget *root, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = root->grab();
    const QImage image = shot.toImage();
    QDir().mkpath(QStringLiteral("dark-mode-shots"));
    QString file = name;
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
    image.save(QStringLiteral("dark-mode-shots/%1.png").arg(file));
    const qreal dpr = shot.devicePixelRatio();
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || (w->isWindow() && w != root) || w->width() < SmallestBox || w->height() < SmallestBox)
            continue;
        const QPoint at = w == root ? QPoint() : w->mapTo(root, QPoint());
        const QRect region(QPointF(at * dpr).toPoint(), QSizeF(w->size() * dpr).toSize());
        if (const double share = lightShare(image, region); share > LightShare)
            found << QStringLiteral("%1: %2 % light").arg(test::widgetPath(w)).arg(qRound(share * 100));
    }
    return found;
}

} // namespace

class DarkModeTest : public test::ConsoleWalkTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(ui::darkFusionPalette());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        m_sim = std::make_unique<test::SimulatorFixture>(test::fleetOf(40, 120));
        QVERIFY(m_sim->isListening());
        m_window = test::openConsole(*m_sim, QStringLiteral("Dark mode"), QSize(1320, 820));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The check itself: a light box in an otherwise dark window is found.
    void aLightBoxIsFound()
    {
        QWidget root;
        root.resize(300, 200);
        auto *box = new QLabel(QStringLiteral("light"), &root);
        box->setGeometry(20, 20, 200, 100);
        box->setAutoFillBackground(true);
        QPalette p = box->palette();
        p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe5));
        box->setPalette(p);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        QVERIFY(lightBoxes(&root, QStringLiteral("self-check-light"))
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("QLabel")));
        box->setAutoFillBackground(false);
        QVERIFY(lightBoxes(&root, QStringLiteral("self-check-dark")).isEmpty());
    }

    void everyPageIsDark_data()
    {
        QTest::addColumn<QString>("pageId");
        for (const QString &id : test::consolePageIds(*m_window))
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyPageIsDark()
    {
        QFETCH(QString, pageId);
        QVERIFY2(test::shownPage(*m_window, pageId), qPrintable(pageId));
        const QStringList found = lightBoxes(m_window.get(), QStringLiteral("page-") + pageId);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void everyWriteDialogIsDark()
    {
        QStringList found;
        test::forEachWriteDialog(*m_window, [&](const QString &name, QDialog *dialog) {
            if (auto *tabs = dialog->findChild<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    for (const QString &f : lightBoxes(dialog, QStringLiteral("dialog-%1-%2").arg(name).arg(i)))
                        found << name + QStringLiteral(": ") + f;
                }
            } else {
                for (const QString &f : lightBoxes(dialog, QStringLiteral("dialog-") + name))
                    found << name + QStringLiteral(": ") + f;
            }
            // Field errors: a review with a name left empty shows one at the field.
            if (auto *form = qobject_cast<ui::ActionFormDialog *>(dialog)) {
                if (auto *nameField = form->findChild<QLineEdit *>(QStringLiteral("configName"))) {
                    nameField->clear();
                    QVERIFY(!form->review());
                    QLabel *error = form->fieldErrors()->labelFor(QStringLiteral("ConfigName"));
                    QVERIFY(error && error->isVisible());
                    const QColor text = error->palette().color(QPalette::WindowText);
                    QVERIFY2(test::contrastRatio(text, form->palette().color(QPalette::Window)) >= 4.5,
                             qPrintable(text.name()));
                    for (const QString &f : lightBoxes(dialog, QStringLiteral("field-error-") + name))
                        found << QStringLiteral("field error: ") + f;
                }
            }
        });
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void bannersAreDark()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        using Level = ui::MessageBanner::Level;
        for (const Level level : {Level::Info, Level::Warning, Level::Error}) {
            auto *banner = new ui::MessageBanner(&page);
            banner->showMessage(level, QStringLiteral("Could not load the computers: the server did not answer"),
                                QStringLiteral("details"), true);
            layout->addWidget(banner);
        }
        page.resize(800, 240);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QStringList found = lightBoxes(&page, QStringLiteral("banners"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void theKeychainNoticeIsDark()
    {
        test::ThrowawaySession throwaway;
        ui::SignInDialog dialog(&throwaway.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *notice = dialog.findChild<QFrame *>(QStringLiteral("keychainWarning"));
        QVERIFY(notice);
        notice->show(); // shown when no keychain answers; its colours are what is checked here
        QStringList found;
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("methodTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            found << lightBoxes(&dialog, QStringLiteral("sign-in-%1").arg(i));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void theConfirmNoticeIsDark()
    {
        test::forEachWriteDialog(*m_window, [](const QString &name, QDialog *dialog) {
            auto *confirm = qobject_cast<ui::ConfirmActionDialog *>(dialog);
            if (!confirm)
                return;
            confirm->setNotice(QStringLiteral("The server refused E30; this sends the older E29 instead."));
            QCoreApplication::processEvents();
            const QStringList found = lightBoxes(confirm, QStringLiteral("confirm-notice-") + name);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
        });
    }

    void journalOutcomesAreReadable()
    {
        using O = store::JournalEntry::Outcome;
        QList<store::JournalEntry> entries;
        for (const O o : {O::Pending, O::Succeeded, O::Failed, O::OutcomeUnknown, O::Refused}) {
            store::JournalEntry e;
            e.id = entries.size() + 1;
            e.startedAt = e.completedAt = QDateTime::currentDateTimeUtc();
            e.operationCode = QStringLiteral("E02");
            e.summary = QStringLiteral("Install 2 patches on 3 computers");
            e.outcome = o;
            e.message = store::JournalEntry::outcomeLabel(o);
            entries << e;
        }
        ui::JournalTableModel model;
        model.setEntries(entries);
        QTableView view;
        view.setModel(&model);
        view.setAlternatingRowColors(true);
        view.resize(900, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QColor base = view.palette().color(QPalette::Base);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QVariant brush = model.data(model.index(r, ui::JournalTableModel::Outcome), Qt::ForegroundRole);
            const QColor text = brush.isValid() ? brush.value<QBrush>().color() : view.palette().color(QPalette::Text);
            QVERIFY2(test::contrastRatio(text, base) >= 4.5,
                     qPrintable(QStringLiteral("row %1: %2").arg(r).arg(text.name())));
        }
        const QStringList found = lightBoxes(&view, QStringLiteral("journal-outcomes"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void switchingToDarkAtRuntimeRestyles()
    {
        // A banner made in a light palette follows the switch to dark (PaletteChange).
        QWidget page;
        page.setPalette(QApplication::style()->standardPalette());
        auto *layout = new QVBoxLayout(&page);
        auto *banner = new ui::MessageBanner(&page);
        banner->showMessage(ui::MessageBanner::Level::Warning, QStringLiteral("The store is in memory only"));
        layout->addWidget(banner);
        page.resize(600, 80);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!lightBoxes(&page, QStringLiteral("runtime-light")).isEmpty()); // light in a light palette
        page.setPalette(ui::darkFusionPalette());
        const QStringList found = lightBoxes(&page, QStringLiteral("runtime-dark"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(DarkModeTest)
#include "DarkModeTest.moc"
