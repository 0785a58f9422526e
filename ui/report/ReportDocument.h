#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

namespace pmp::ui {

// A compliance report as one HTML document: summary tiles, the severity and health donuts and the
// 30/90-day trends drawn by the console's own chart widgets (off-screen, in the light palette,
// whatever the app's), top missing patches, computers longest unpatched and the journal's writes in
// the period. The same HTML goes to the .html file (charts as data URIs) and, through QTextDocument
// and QPdfWriter, to the PDF (charts as document resources). Needs a QApplication (widgets), which
// may run on the offscreen platform.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(pmp::ui::ReportDocument)

public:
    explicit ReportDocument(const ReportData &data);

    // `embedded`: images as data: URIs (a standalone .html file); else as "chart:NAME" resources.
    QString html(bool embedded) const;
    const QMap<QString, QImage> &charts() const { return m_charts; }

    // Both written atomically (QSaveFile): on failure no file, and an earlier one is left untouched.
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;
    bool writeHtml(const QString &path, QString *error) const;

    static constexpr int ChartWidth = 520;
    static constexpr int ChartHeight = 300;

private:
    void renderCharts();

    ReportData m_data;
    QMap<QString, QImage> m_charts;
};

} // namespace pmp::ui
