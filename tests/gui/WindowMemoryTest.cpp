// The window remembers itself (issue 12): its geometry, fitted to the screen; the splitters the admin
// dragged; the last page of each profile. The title names the profile the window acts on, and Help
// has the documentation, a problem report and About Qt.
#include "SimulatorFixture.h"

#include "main/MainWindow.h"
#include "store/Workspace.h"
#include "widgets/LayoutMemory.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pmp;
using namespace pmp::test;

class WindowMemoryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorFixture> m_sim;

    std::unique_ptr<ui::MainWindow> openWindow(const QString &profileKey,
                                               const QString &label = QStringLiteral("Tenant A"))
    {
        return std::make_unique<ui::MainWindow>(&m_sim->client(), store::Workspace::inMemory(profileKey), label);
    }

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorFixture>(fleetOf(20, 40));
        QVERIFY(m_sim->isListening());
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1280, 720)); // see main()
    }

    void init() { QSettings().clear(); }

    void firstWindowFitsTheScreen()
    {
        auto window = openWindow(QStringLiteral("a"));
        // The test's screen (1280 x 720, see main) is smaller than the preferred 1320 x 820.
        QVERIFY(window->width() <= available().width());
        QVERIFY(window->height() <= available().height());
        QVERIFY(available().contains(window->frameGeometry()));
        QVERIFY(window->width() >= available().width() * 8 / 10); // uses the room it has
    }

    void geometryComesBack()
    {
        QSize chosen;
        {
            auto window = openWindow(QStringLiteral("a"));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(available().width() - 83, available().height() - 61);
            chosen = window->size();
            QVERIFY(chosen != openWindow(QStringLiteral("c"))->size()); // not what a first start gives
            QVERIFY(window->close());
        }
        auto again = openWindow(QStringLiteral("b"));
        QCOMPARE(again->size(), chosen);
    }

    // Tenants side by side: each tenant's window comes back with its own size; a tenant opened for
    // the first time takes the last window's.
    void eachTenantKeepsItsOwnGeometry()
    {
        auto closeAt = [&](const QString &tenant, QSize size) {
            auto window = openWindow(tenant);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(size);
            QVERIFY(window->close());
        };
        const QSize aSize(available().width() - 101, available().height() - 77);
        const QSize bSize(available().width() - 211, available().height() - 143);
        closeAt(QStringLiteral("tenant-a"), aSize);
        {
            auto b = openWindow(QStringLiteral("tenant-b"));
            QVERIFY(!b->hasOwnGeometry());
            QCOMPARE(b->size(), aSize); // the last window's, for a tenant seen the first time
        }
        closeAt(QStringLiteral("tenant-b"), bSize);

        auto a = openWindow(QStringLiteral("tenant-a"));
        QVERIFY(a->hasOwnGeometry());
        QCOMPARE(a->size(), aSize);
        auto b = openWindow(QStringLiteral("tenant-b"));
        QVERIFY(b->hasOwnGeometry());
        QCOMPARE(b->size(), bSize);
        QCOMPARE(openWindow(QStringLiteral("tenant-c"))->size(), bSize);
    }

    void savedGeometryLargerThanTheScreenIsFitted()
    {
        {
            auto window = openWindow(QStringLiteral("a"));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(available().size() * 2); // as if saved on a larger monitor
            QVERIFY(window->close());
        }
        auto again = openWindow(QStringLiteral("a"));
        QVERIFY2(again->height() <= available().height(), qPrintable(QString::number(again->height())));
        QVERIFY(again->width() <= available().width());
    }

    void lastPagePerProfile()
    {
        {
            auto a = openWindow(QStringLiteral("tenant-a"));
            QCOMPARE(a->currentPageId(), QStringLiteral("dashboard"));
            a->showPage(QStringLiteral("patches"));
            QCOMPARE(a->currentPageId(), QStringLiteral("patches"));
        }
        {
            auto b = openWindow(QStringLiteral("tenant-b"));
            QCOMPARE(b->currentPageId(), QStringLiteral("dashboard")); // tenant B never left it
            b->showPage(QStringLiteral("computers"));
        }
        QCOMPARE(openWindow(QStringLiteral("tenant-a"))->currentPageId(), QStringLiteral("patches"));
        QCOMPARE(openWindow(QStringLiteral("tenant-b"))->currentPageId(), QStringLiteral("computers"));

        // A profile switch in a running window opens the other profile's page.
        auto window = openWindow(QStringLiteral("tenant-a"));
        window->setClient(&m_sim->client(), store::Workspace::inMemory(QStringLiteral("tenant-b")),
                          QStringLiteral("Tenant B"));
        QCOMPARE(window->currentPageId(), QStringLiteral("computers"));
    }

    void draggedSplitterComesBack()
    {
        auto makeSplitter = [] {
            auto splitter = std::make_unique<QSplitter>();
            splitter->addWidget(new QWidget);
            splitter->addWidget(new QWidget);
            splitter->resize(600, 300);
            splitter->setSizes({200, 400});
            ui::LayoutMemory::rememberSplitter(splitter.get(), QStringLiteral("dragged"));
            return splitter;
        };
        QList<int> dragged;
        {
            auto splitter = makeSplitter();
            splitter->show();
            QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
            // Drag the handle 40 px to the right, as the admin would.
            QSplitterHandle *handle = splitter->handle(1);
            const QPoint grip(handle->width() / 2, handle->height() / 2);
            QTest::mousePress(handle, Qt::LeftButton, {}, grip);
            for (int dx : {20, 40}) { // QTest::mouseMove carries no pressed button; a drag does
                const QPoint at = grip + QPoint(dx, 0);
                QMouseEvent move(QEvent::MouseMove, at, handle->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
                QCoreApplication::sendEvent(handle, &move);
            }
            QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(40, 0));
            dragged = splitter->sizes();
            QVERIFY2(dragged.first() >= 230, qPrintable(QString::number(dragged.first())));
        }
        auto again = makeSplitter();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QCOMPARE(again->sizes(), dragged);
    }

    void windowSplittersAreRemembered()
    {
        // The sidebar's width as saved by an earlier drag.
        QSettings().setValue(QStringLiteral("layout/navigation/sizes"), QVariantList{247, 1000});
        auto window = openWindow(QStringLiteral("a"));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("navigationSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->sizes().first(), 247);
    }

    void splitterStateFromAnotherLayoutIsIgnored()
    {
        QSettings().setValue(QStringLiteral("layout/test/sizes"), QVariantList{100, 200, 300});
        QSplitter splitter;
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        QVERIFY(!ui::LayoutMemory::restoreSplitter(&splitter, QStringLiteral("test")));
        QSettings().setValue(QStringLiteral("layout/test/sizes"), QVariantList{120, 240});
        QVERIFY(ui::LayoutMemory::restoreSplitter(&splitter, QStringLiteral("test")));
    }

    void titleNamesTheProfile()
    {
        auto window = openWindow(QStringLiteral("a"), QStringLiteral("Contoso EU (patch.manageengine.eu)"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Contoso EU (patch.manageengine.eu) — PatchDeck"));
        window->setClient(&m_sim->client(), store::Workspace::inMemory(QStringLiteral("b")),
                          QStringLiteral("Fabrikam"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Fabrikam — PatchDeck"));
    }

    void helpMenu()
    {
        auto window = openWindow(QStringLiteral("a"));
        auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QStringList texts;
        for (QAction *a : help->actions())
            if (!a->isSeparator())
                texts << a->text().remove(QLatin1Char('&'));
        QCOMPARE(texts, (QStringList{QStringLiteral("PatchDeck documentation"), QStringLiteral("Report a problem…"),
                                     QStringLiteral("About PatchDeck"), QStringLiteral("About Qt")}));

        const QUrl report = ui::MainWindow::problemReportUrl();
        QVERIFY(report.isValid());
        QCOMPARE(report.path(), QStringLiteral("/patchdeck/patchdeck/issues/new"));
        const QString body = QUrlQuery(report).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY2(body.contains(QStringLiteral("PatchDeck %1, Qt %2")
                                   .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion()))),
                 qPrintable(body));
        QVERIFY(body.contains(QLatin1String("Steps to reproduce:\n")));
    }
};

int main(int argc, char **argv)
{
    // The offscreen platform's default screen (800 x 600) is narrower than the window's minimum
    // width; this test runs on a common laptop's 1280 x 720 instead.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.close();
    // Appended, not concatenated: with QT_USE_QSTRINGBUILDER a `+` is a QStringBuilder, which Qt 6.8's
    // qputenv(const char *, QByteArrayView) does not take.
    QByteArray platform("offscreen:configfile=");
    platform.append(QFile::encodeName(config.fileName()));
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    WindowMemoryTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "WindowMemoryTest.moc"
