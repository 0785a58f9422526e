// Each translation fits its widgets: with German, French, Spanish and Japanese loaded (the .qm files
// the build compiles, PATCHDECK_QM_DIR), every page of the console and the write dialogs are shown
// against the simulator, and no label, button or check box may show less than its text (its size hint
// wider than the space it got, while it neither wraps nor elides), no window or dialog may need more
// than a 1024-pixel screen's width, and a scrolled page (the dashboard) must fit the window the app
// first opens on a 1280 x 800 laptop without scrolling sideways. A screenshot of every page and
// dialog per language is saved under translation-shots/ in the test's working directory, so that a
// failure can be looked at.

#include "ConsoleWalk.h"
#include "SimulatorFixture.h"

#include "main/LanguageChoice.h"
#include "main/MainWindow.h"
#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "views/RecordListView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/LayoutMemory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <QScopeGuard>

#include <memory>

using namespace pmp;

namespace {

constexpr int LaptopWidth = 1280;
// The smallest screen the window must fit on: no page or dialog may be wider than this at its minimum.
constexpr int SmallScreenWidth = 1024;

QString describe(const QWidget *w, const QString &text, int needs, int has)
{
    return QStringLiteral("%1 (%2) \"%3\": needs %4 px, has %5")
        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), text.left(80))
        .arg(needs)
        .arg(has);
}

QString describe(const QWidget *w, const QString &text, int needs)
{
    return describe(w, text, needs, w->width());
}

// Texts under `root` that do not fit the space their widget got.
QStringList clippedUnder(const QWidget *root)
{
    QStringList found;
    if (root->minimumSizeHint().width() > SmallScreenWidth)
        found << describe(root, root->windowTitle(), root->minimumSizeHint().width(), SmallScreenWidth);
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(root) || l->wordWrap() || l->text().isEmpty() || qobject_cast<const ui::ElidedLabel *>(l))
            continue;
        if (l->width() + 1 < l->minimumSizeHint().width())
            found << describe(l, l->text(), l->minimumSizeHint().width());
    }
    // A scrolled page (the dashboard) is laid out inside its viewport: content wider than the viewport
    // at a laptop's width means a horizontal scroll bar and a cut-off right edge, which the checks of
    // single widgets above cannot see (each got the width it asked for inside the wider content).
    for (const QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (!area->isVisibleTo(root) || !area->widget())
            continue;
        const int needs = area->widget()->minimumSizeHint().width();
        if (needs > area->viewport()->width())
            found << describe(area, QStringLiteral("content of the scroll area"), needs, area->viewport()->width());
    }
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        if (auto *tool = qobject_cast<const QToolButton *>(b);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (b->width() + 1 < b->sizeHint().width())
            found << describe(b, b->text(), b->sizeHint().width());
    }
    return found;
}

QString shotsDir()
{
    const QString dir = QDir::current().filePath(QStringLiteral("translation-shots"));
    QDir().mkpath(dir);
    return dir;
}

void saveShot(QWidget *w, const QString &language, const QString &name)
{
    w->grab().save(QDir(shotsDir()).filePath(QStringLiteral("%1-%2.png").arg(language, name)));
}

} // namespace

class TranslationFitTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimulatorFixture> m_sim;

    // Every tab of a dialog, one after the other.
    QStringList clippedInDialog(QDialog *dialog, const QString &language, const QString &name)
    {
        QStringList found;
        QTabWidget *tabs = dialog->findChild<QTabWidget *>();
        const int pages = tabs ? tabs->count() : 1;
        for (int i = 0; i < pages; ++i) {
            if (tabs)
                tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            found += clippedUnder(dialog);
            saveShot(dialog, language, name + (tabs ? QString::number(i) : QString()));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sim = std::make_unique<test::SimulatorFixture>(test::fleetOf(60, 120));
        QVERIFY(m_sim->isListening());
    }

    void cleanupTestCase() { m_sim.reset(); }

    // View > Language: every language by its own name, the choice stored for the next start (with a
    // message saying so), --lang for one run, and unknown codes falling back to the stored choice.
    void theLanguageChoiceIsStoredForTheNextStart()
    {
        ui::LanguageChoice::store(QString());
        const auto forget = qScopeGuard([] { ui::LanguageChoice::store(QString()); });
        QMenu menu;
        ui::LanguageChoice::populateMenu(&menu, nullptr);
        QStringList names;
        for (const QAction *a : menu.actions())
            names << a->text();
        QCOMPARE(names.mid(1),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français"),
                              QStringLiteral("Español"), QStringLiteral("日本語")}));
        QVERIFY(menu.actions().at(0)->isChecked()); // system default

        bool told = false;
        QTimer::singleShot(0, this, [&told] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            told = true;
            QApplication::activeModalWidget()->close();
        });
        menu.actions().at(2)->trigger();
        QVERIFY(told);
        QCOMPARE(ui::LanguageChoice::stored(), QStringLiteral("de"));
        QCOMPARE(ui::LanguageChoice::effective(), QStringLiteral("de"));
        QCOMPARE(ui::LanguageChoice::effective(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(ui::LanguageChoice::effective(QStringLiteral("xx")), QStringLiteral("de"));
        QCOMPARE(ui::LanguageChoice::fromArguments({QStringLiteral("patchdeck"), QStringLiteral("--demo"),
                                                    QStringLiteral("--lang"), QStringLiteral("fr")}),
                 QStringLiteral("fr"));
        QCOMPARE(ui::LanguageChoice::fromArguments({QStringLiteral("patchdeck"), QStringLiteral("--lang=es")}),
                 QStringLiteral("es"));
    }

    void everyPageAndDialogFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"de", "fr", "es", "ja"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void everyPageAndDialogFits()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(PATCHDECK_QM_DIR "/patchdeck_%1.qm").arg(language)),
                 qPrintable(language));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        });
        // The translation is really in use (a wrong file would pass every fit check in English).
        QVERIFY(QCoreApplication::translate("pmp::ui::MainWindow", "&File") != QLatin1String("&File"));

        // The size the app first opens at on a 1280 x 800 laptop, not the whole screen.
        const auto window =
            test::openConsole(*m_sim, QStringLiteral("Fit %1").arg(language),
                              ui::LayoutMemory::firstSize(ui::MainWindow::preferredSize(), QSize(LaptopWidth, 800)));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        QStringList found;
        // Each page as it first opens, then, for a list with a detail pane, with its first row chosen:
        // the pane (a computer's report, a patch's computers beside its failures) must fit too.
        for (const QString &page : test::consolePageIds(*window)) {
            ui::RecordListView *list = window->listView(page);
            if (list) {
                QVERIFY2(test::loadedView(*window, page), qPrintable(page));
            } else {
                window->showPage(page);
                QTest::qWait(0);
            }
            QCoreApplication::processEvents();
            for (const QString &f : clippedUnder(window.get()))
                found << page + QStringLiteral(": ") + f;
            saveShot(window.get(), language, page);
            if (!list || list->loader()->view().detail == models::DetailKind::None || list->proxy()->rowCount() == 0)
                continue;
            list->table()->setCurrentIndex(list->proxy()->index(0, 0));
            QCoreApplication::processEvents();
            for (const QString &f : clippedUnder(window.get()))
                found << page + QStringLiteral(" with a row chosen: ") + f;
            saveShot(window.get(), language, page + QStringLiteral("-detail"));
            list->table()->setCurrentIndex({});
        }

        // The write dialogs, for two computers and for two patches.
        test::forEachWriteDialog(*window, [&](const QString &name, QDialog *dialog) {
            for (const QString &f : clippedInDialog(dialog, language, name))
                found << name + QStringLiteral(": ") + f;
        });
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts do not fit (shots in %2):\n").arg(found.size()).arg(shotsDir()) +
                            found.mid(0, 30).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TranslationFitTest)
#include "TranslationFitTest.moc"
