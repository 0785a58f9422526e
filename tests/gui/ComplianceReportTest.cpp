// The compliance report (File › Create report…) against the simulator over a real socket, off-screen:
// the numbers are the server's, the top missing patch is the one on most computers, the journal's
// writes in the period are listed and those outside it are not; the PDF is a real PDF.

#include "AwaitResult.h"
#include "SimulatorFixture.h"

#include "report/ReportCollector.h"
#include "report/ReportDialog.h"
#include "report/ReportDocument.h"

#include "api/ListQuery.h"
#include "store/ActionJournal.h"
#include "store/SummaryHistory.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pmp;
using namespace pmp::ui;

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

qint64 journal(store::Workspace &workspace, const QString &summary, const QDateTime &at)
{
    store::JournalEntry e;
    e.startedAt = at;
    e.profile = QStringLiteral("Test tenant");
    e.operationCode = QStringLiteral("E01");
    e.operationTitle = QStringLiteral("Install patches");
    e.summary = summary;
    const qint64 id = workspace.journal().begin(e);
    workspace.journal().complete(id, store::JournalEntry::Outcome::Succeeded, QStringLiteral("ok"), {}, at.addSecs(5));
    return id;
}

} // namespace

class ComplianceReportTest : public QObject
{
    Q_OBJECT

private slots:
    void reportShowsTheTenantsState()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        const auto workspace = store::Workspace::inMemory(QStringLiteral("report"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        journal(*workspace, QStringLiteral("Deploy the monthly rollup to Finance"), now.addDays(-3));
        journal(*workspace, QStringLiteral("Approve the browser updates"), now.addDays(-20));
        journal(*workspace, QStringLiteral("Old change outside the period"), now.addDays(-60));

        // The server's own numbers, asked directly.
        const auto summary =
            test::awaitResult<api::PatchSummary>([&](QObject *c, auto done) { f.client().patchSummary(c, done); });
        QVERIFY(summary.ok());
        api::ListQuery missing;
        missing.set(QStringLiteral("patchstatusfilter"), QStringLiteral("202"));
        const auto patches = test::awaitResult<api::RecordPage>(
            [&](QObject *c, auto done) { f.client().allPatches(missing, 1, 1000, c, done); });
        QVERIFY(patches.ok());
        QVERIFY(!patches.value.records.isEmpty());
        QVERIFY2(patches.value.info.total <= patches.value.records.size(), "the simulator's patches fit one page");
        const auto most = std::max_element(patches.value.records.cbegin(), patches.value.records.cend(),
                                           [](const api::Record &a, const api::Record &b) {
                                               return a.integerOr(QStringLiteral("missing"), 0) <
                                                      b.integerOr(QStringLiteral("missing"), 0);
                                           });

        ReportCollector collector(&f.client(), workspace);
        QSignalSpy finished(&collector, &ReportCollector::finished);
        collector.start(now.addDays(-30), now, QStringLiteral("Test tenant"));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const ReportData &data = collector.data();
        QCOMPARE(data.patches.totalSystems, summary.value.totalSystems);
        QCOMPARE(data.topMissing.size(), std::min<qsizetype>(ReportData::TopCount, patches.value.records.size()));
        QCOMPARE(data.topMissing.first().affected, most->integerOr(QStringLiteral("missing"), 0));
        QVERIFY(!data.longestUnpatched.isEmpty());
        QVERIFY(data.longestUnpatched.size() <= ReportData::TopCount);
        QCOMPARE(data.journal.size(), 2);

        const ReportDocument document(data);
        QCOMPARE(document.charts().size(), 4);
        for (const QImage &chart : document.charts()) {
            QVERIFY(!chart.isNull());
            // Something was drawn: not a blank white image.
            const QImage rgb = chart.convertToFormat(QImage::Format_RGB32);
            int inked = 0;
            for (int y = 0; y < rgb.height(); y += 4)
                for (int x = 0; x < rgb.width(); x += 4)
                    inked += rgb.pixel(x, y) != qRgb(255, 255, 255);
            QVERIFY(inked > 100);
        }
        QTemporaryDir dir;
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        int pages = 0;
        QVERIFY2(document.writePdf(pdf, &error, &pages), qPrintable(error));
        QVERIFY2(document.writeHtml(html, &error), qPrintable(error));
        QVERIFY(pages > 0);

        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY(pdfBytes.contains("/Type /Page"));
        QVERIFY(pdfBytes.size() > 10000);

        const QString text = readText(html);
        const auto tile = [&](qint64 n) { return QStringLiteral("<span class=\"value\">%1</span>").arg(number(n)); };
        QVERIFY(text.contains(tile(summary.value.totalSystems)));
        QVERIFY(text.contains(tile(summary.value.healthySystems)));
        QVERIFY(text.contains(tile(summary.value.missingPatches)));
        QVERIFY(text.contains(tile(summary.value.missingCritical)));
        QVERIFY(text.contains(most->text(QStringLiteral("patch_description")).toHtmlEscaped()));
        QVERIFY(text.contains(data.longestUnpatched.first().name.toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("Deploy the monthly rollup to Finance")));
        QVERIFY(text.contains(QStringLiteral("Approve the browser updates")));
        QVERIFY(!text.contains(QStringLiteral("Old change outside the period")));
        // No history on this computer yet: the two trends say so instead of drawing empty charts.
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 2);
        QCOMPARE(text.count(QStringLiteral("No trend yet")), 2);
    }

    void trendsComeFromTheHistory()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        const auto workspace = store::Workspace::inMemory(QStringLiteral("report-history"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        api::PatchSummary patches;
        patches.missingCritical = 40;
        patches.healthySystems = 10;
        // Three snapshots in the last 30 days, one more 60 days ago: both periods have a trend.
        for (const int daysAgo : {60, 20, 10, 1}) {
            patches.missingCritical -= 5;
            QVERIFY(workspace->history().record(now.addDays(-daysAgo), patches, api::SomSummary{}));
        }
        ReportCollector collector(&f.client(), workspace);
        QSignalSpy finished(&collector, &ReportCollector::finished);
        collector.start(now.addDays(-30), now, QStringLiteral("Test tenant"));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(collector.data().trend30.value(store::SummaryMetric::MissingCritical).size(), 3);
        QCOMPARE(collector.data().trend90.value(store::SummaryMetric::MissingCritical).size(), 4);

        QTemporaryDir dir;
        QString error;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY2(ReportDocument(collector.data()).writeHtml(html, &error), qPrintable(error));
        const QString text = readText(html);
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 4);
        QVERIFY(!text.contains(QStringLiteral("No trend yet")));
    }

    void cancellingWritesNothing()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        // Every answer comes late: the report is still reading when it is cancelled.
        QVERIFY(f.simulator().setFaults(QStringLiteral("latency:1:ms=1500")));
        QTemporaryDir dir;
        ReportDialog dialog(&f.client(), store::Workspace::inMemory(QStringLiteral("report-cancel")),
                            QStringLiteral("Test tenant"));
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setOutputPath(path);
        QSignalSpy written(&dialog, &ReportDialog::reportWritten);
        QSignalSpy failed(&dialog, &ReportDialog::reportFailed);
        QSignalSpy answered(&f.simulator(), &sim::Simulator::requestHandled);
        dialog.create();
        QVERIFY(dialog.isCreating());
        auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QCOMPARE(close->text(), QStringLiteral("Cancel"));
        close->click();
        QVERIFY(!dialog.isCreating());
        QCOMPARE(failed.count(), 1);
        QVERIFY(dialog.statusText().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(close->text() != QStringLiteral("Cancel"));
        // The server answers the requests the report had sent; nothing is written from them.
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() >= 1, 15000);
        QCoreApplication::processEvents();
        QVERIFY(written.isEmpty());
        QVERIFY(!QFile::exists(path));

        // The dialog still works: a report created afterwards is written.
        QVERIFY(f.simulator().setFaults(QString()));
        dialog.create();
        QVERIFY(written.wait(30000));
        QVERIFY(QFile::exists(path));
    }

    void dialogWritesPdfAndHtml()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        const auto workspace = store::Workspace::inMemory(QStringLiteral("report-dialog"));
        QTemporaryDir dir;
        ReportDialog dialog(&f.client(), workspace, QStringLiteral("Test tenant"));
        dialog.setOutputPath(dir.filePath(QStringLiteral("monthly.pdf")));
        dialog.setPeriod(QDate::currentDate().addDays(-90), QDate::currentDate());
        QSignalSpy written(&dialog, &ReportDialog::reportWritten);
        dialog.create();
        QVERIFY(written.wait(30000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("monthly.pdf"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("monthly.html"))));
        QVERIFY(dialog.statusText().contains(QStringLiteral("monthly.pdf")));
    }

    void dialogSaysWhyNothingWasWritten()
    {
        test::SimulatorFixture f;
        QVERIFY(f.isListening());
        QTemporaryDir dir;
        ReportDialog dialog(&f.client(), store::Workspace::inMemory(QStringLiteral("report-fail")),
                            QStringLiteral("Test tenant"));
        const QString path = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        dialog.setOutputPath(path);
        QSignalSpy failed(&dialog, &ReportDialog::reportFailed);
        dialog.create();
        QVERIFY(failed.wait(30000));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.statusText().isEmpty());
    }
};

QTEST_MAIN(ComplianceReportTest)
#include "ComplianceReportTest.moc"
