// Names a hostile or careless tenant chooses (the simulator's hostileNames: markup, an <img> that
// would read /dev/zero or a UNC path, spreadsheet formulas, 10,000 characters, right-to-left text)
// go through every list view, detail pane, the dashboard's charts, the write dialogs, the journal and
// the message banner. Wherever Qt would render markup (a rich-text label, any tooltip, a Qt Charts
// label, a message box) they must arrive as the characters they are.

#include "ConsoleWalk.h"
#include "SimulatorFixture.h"

#include "actions/ActionCentre.h"
#include "actions/ConfirmActionDialog.h"
#include "main/MainWindow.h"
#include "views/RecordListView.h"
#include "widgets/MessageBanner.h"

#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "models/ViewCatalogue.h"
#include "simulator/FleetGenerator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using namespace pmp;

namespace {

// Markup the hostile names carry; after escaping none of it is left as a tag.
bool carriesMarkup(const QString &text)
{
    return text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<b>x</b>")) ||
           text.contains(QLatin1String("<a href")) || text.contains(QLatin1String("<i>"));
}

// Would Qt render this text as markup in a widget of that format?
bool rendersMarkup(const QString &text, Qt::TextFormat format)
{
    if (!carriesMarkup(text))
        return false;
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

QString describe(const QObject *o, const QString &text)
{
    return QStringLiteral("%1 (%2): %3")
        .arg(o->objectName(), QString::fromLatin1(o->metaObject()->className()), text.left(120));
}

// Every place under `root` where a hostile string would be rendered as markup.
QStringList markupUnder(const QObject *root)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (rendersMarkup(label->text(), label->textFormat()))
            found << describe(label, label->text());
    for (const QWidget *w : root->findChildren<QWidget *>())
        if (rendersMarkup(w->toolTip(), Qt::AutoText))
            found << describe(w, QStringLiteral("tooltip ") + w->toolTip());
    for (const QMessageBox *box : root->findChildren<QMessageBox *>())
        if (rendersMarkup(box->text(), box->textFormat()))
            found << describe(box, box->text());
    // Qt Charts draws titles, axis labels, legend entries and slice labels as HTML.
    for (const QChartView *view : root->findChildren<QChartView *>()) {
        const QChart *chart = view->chart();
        if (!chart)
            continue;
        if (carriesMarkup(chart->title()))
            found << describe(view, QStringLiteral("chart title ") + chart->title());
        for (QAbstractSeries *series : chart->series()) {
            for (const QLegendMarker *marker : chart->legend()->markers(series))
                if (carriesMarkup(marker->label()))
                    found << describe(view, QStringLiteral("legend ") + marker->label());
            if (auto *pie = qobject_cast<QPieSeries *>(series))
                for (const QPieSlice *slice : pie->slices())
                    if (carriesMarkup(slice->label()))
                        found << describe(view, QStringLiteral("slice ") + slice->label());
        }
        for (QAbstractAxis *axis : chart->axes()) {
            if (carriesMarkup(axis->titleText()))
                found << describe(view, QStringLiteral("axis title ") + axis->titleText());
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &c : categories->categories())
                    if (carriesMarkup(c))
                        found << describe(view, QStringLiteral("category ") + c);
        }
    }
    return found;
}

// A 10,000-character name must not widen a window past the screen: labels and the window itself keep
// a minimum width a laptop can show (the window must still fit beside nothing on 1366 pixels).
constexpr int WidestMinimum = 1280;

QStringList tooWideUnder(const QWidget *root)
{
    QStringList found;
    if (root->minimumSizeHint().width() > WidestMinimum)
        found << describe(root, QStringLiteral("needs %1 px").arg(root->minimumSizeHint().width()));
    for (const QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root) && w->minimumSizeHint().width() > WidestMinimum)
            found << describe(w, QStringLiteral("needs %1 px").arg(w->minimumSizeHint().width()));
    return found;
}

// Tooltips of every cell (and header) of a view's model.
QStringList markupInToolTips(const QAbstractItemModel *model)
{
    QStringList found;
    for (int c = 0; c < model->columnCount(); ++c)
        if (rendersMarkup(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), Qt::AutoText))
            found << QStringLiteral("header %1").arg(c);
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString tip = model->data(model->index(r, c), Qt::ToolTipRole).toString();
            if (rendersMarkup(tip, Qt::AutoText))
                found << QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(tip.left(120));
            if (tip.size() > 4000)
                found << QStringLiteral("row %1 column %2: a tooltip of %3 characters").arg(r).arg(c).arg(tip.size());
        }
    return found;
}

// The first row showing a hostile name in any column, or -1.
int firstHostileRow(const QAbstractItemModel *model)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (carriesMarkup(model->data(model->index(r, c)).toString()))
                return r;
    return -1;
}

// The row holding the longest text (the 10,000-character name where the view has one), or -1.
int longestTextRow(const QAbstractItemModel *model)
{
    int best = -1;
    qsizetype longest = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (const qsizetype n = model->data(model->index(r, c)).toString().size(); n > longest) {
                longest = n;
                best = r;
            }
    return longest >= 1000 ? best : -1;
}

QAction *actionNamed(const QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

} // namespace

class HostileTextTest : public test::ConsoleWalkTest
{
    Q_OBJECT

    ui::RecordListView *loaded(const QString &viewId) { return test::loadedView(*m_window, viewId); }

    // Selects the view's first hostile row (or its row with the longest text); true when there is one.
    bool selectHostileRow(ui::RecordListView *view, bool longest = false)
    {
        const QAbstractItemModel *model = view->table()->model();
        const int row = longest ? longestTextRow(model) : firstHostileRow(model);
        if (row < 0)
            return false;
        view->table()->clearSelection();
        view->table()->selectionModel()->select(view->table()->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->table()->setCurrentIndex(view->table()->model()->index(row, 0));
        return true;
    }

    // Opens the dialog an action shows, hands it to `check`, and closes it without sending anything.
    void inspectDialogOf(ui::RecordListView *view, const QString &actionName)
    {
        std::unique_ptr<QMenu> menu(m_window->actionCentre()->contextMenu(view));
        QAction *action = actionNamed(menu.get(), actionName);
        QVERIFY2(action && action->isEnabled(), qPrintable(actionName));
        const auto dialogs = [] {
            QList<QDialog *> all;
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(top); d && d->isVisible())
                    all << d;
            return all;
        };
        const QList<QDialog *> before = dialogs();
        action->trigger();
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QDialog *d : dialogs())
                    if (!before.contains(d))
                        dialog = d;
                return dialog != nullptr;
            },
            5000));
        const QStringList found = markupUnder(dialog) + tooWideUnder(dialog);
        dialog->reject();
        QVERIFY2(found.isEmpty(), qPrintable(actionName + QStringLiteral(": ") + found.join(QStringLiteral("\n"))));
    }

    // Shows the detail of a hostile row and checks the whole window.
    void checkDetailOf(ui::RecordListView *view, bool longest)
    {
        if (selectHostileRow(view, longest)) {
            // Panes with a detail request: wait until the server answered it and the answer was shown.
            const auto answered = [this] {
                const auto requests = m_sim->simulator().requests();
                return std::all_of(requests.begin(), requests.end(), [](const auto &r) { return r.status != 0; });
            };
            const qsizetype before = m_sim->simulator().requests().size();
            if (QTest::qWaitFor([&] { return m_sim->simulator().requests().size() > before; }, 2000))
                QVERIFY(QTest::qWaitFor(answered, 10000));
            QCoreApplication::processEvents();
        }
        const QStringList found = markupUnder(m_window.get()) + tooWideUnder(m_window.get());
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 5).join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        sim::SimulatorOptions o = test::fleetOf(80, 160);
        o.hostileNames = true;
        m_sim = std::make_unique<test::SimulatorFixture>(o);
        QVERIFY(m_sim->isListening());
        m_window = test::openConsole(*m_sim, QStringLiteral("Hostile tenant"), QSize(1280, 800));
    }

    void theSimulatorServesHostileNames()
    {
        const QStringList names = sim::FleetGenerator::hostileNames();
        QVERIFY(names.size() >= 8);
        QVERIFY(std::any_of(names.begin(), names.end(), [](const QString &n) { return n.size() >= 10000; }));
        ui::RecordListView *view = loaded(QStringLiteral("computers"));
        QVERIFY(view);
        QVERIFY(firstHostileRow(view->table()->model()) >= 0);
    }

    void everyViewAndDetailPaneShowsNamesAsText_data()
    {
        QTest::addColumn<QString>("viewId");
        for (const models::ViewSpec &spec : models::ViewCatalogue::all())
            if (spec.id != QLatin1String("system-report"))
                QTest::newRow(qPrintable(spec.id)) << spec.id;
    }

    void everyViewAndDetailPaneShowsNamesAsText()
    {
        QFETCH(QString, viewId);
        ui::RecordListView *view = loaded(viewId);
        QVERIFY2(view, qPrintable(viewId + QStringLiteral(" did not load")));
        const QStringList tips = markupInToolTips(view->table()->model());
        QVERIFY2(tips.isEmpty(), qPrintable(tips.mid(0, 5).join(QLatin1Char('\n'))));
        for (const bool longest : {false, true}) {
            checkDetailOf(view, longest);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void dashboardChartsShowNamesAsText()
    {
        m_window->showPage(QStringLiteral("dashboard"));
        QWidget *page = m_window->page(QStringLiteral("dashboard"));
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([page] { return !page->findChildren<QChartView *>().isEmpty(); }, 20000));
        const QStringList found = markupUnder(page) + tooWideUnder(page);
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 5).join(QLatin1Char('\n'))));
    }

    void writeDialogsShowNamesAsText_data()
    {
        QTest::addColumn<bool>("longest");
        QTest::newRow("markup") << false;
        QTest::newRow("10,000 characters") << true;
    }

    void writeDialogsShowNamesAsText()
    {
        QFETCH(bool, longest);
        ui::RecordListView *computers = loaded(QStringLiteral("computers"));
        QVERIFY(computers);
        QVERIFY(selectHostileRow(computers, longest));
        inspectDialogOf(computers, QStringLiteral("removeComputerAction"));
        inspectDialogOf(computers, QStringLiteral("scanAction"));

        ui::RecordListView *patches = loaded(QStringLiteral("missing-patches"));
        QVERIFY(patches);
        QVERIFY(selectHostileRow(patches, longest));
        inspectDialogOf(patches, QStringLiteral("installSelectedPatchesAction"));
        inspectDialogOf(patches, QStringLiteral("approveAction"));
        inspectDialogOf(patches, QStringLiteral("declineAction"));
    }

    void bannersAndTheirDetailsShowServerTextAsText()
    {
        const QString hostile = sim::FleetGenerator::hostileNames().at(1);
        ui::MessageBanner banner;
        banner.showMessage(ui::MessageBanner::Level::Error, QStringLiteral("Could not load %1").arg(hostile), hostile);
        QStringList found = markupUnder(&banner) + tooWideUnder(&banner);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(banner.message().contains(hostile)); // the characters themselves, not an escaped copy

        // Its Details box: inspect it while it is open, then close it.
        QPushButton *details = nullptr;
        for (QPushButton *b : banner.findChildren<QPushButton *>())
            if (b->text().startsWith(QLatin1String("Details")))
                details = b;
        QVERIFY(details);
        QTimer::singleShot(0, &banner, [&banner, &found] {
            QTRY_VERIFY(banner.findChild<QMessageBox *>());
            QMessageBox *box = banner.findChild<QMessageBox *>();
            found = markupUnder(box);
            if (rendersMarkup(box->text(), box->textFormat()))
                found << box->text();
            box->reject();
        });
        details->click();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(HostileTextTest)
#include "HostileTextTest.moc"
