#include "ReportDialog.h"

#include "ReportCollector.h"
#include "ReportDocument.h"

#include "store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pmp::ui {

ReportDialog::ReportDialog(api::Client *client, std::shared_ptr<store::Workspace> workspace, const QString &tenant,
                           QWidget *parent)
    : QDialog(parent), m_client(client), m_workspace(std::move(workspace)), m_tenant(tenant)
{
    setWindowTitle(tr("Create report"));
    auto *form = new QFormLayout;
    m_quick = new QComboBox(this);
    m_quick->setObjectName(QStringLiteral("reportPeriod"));
    m_quick->addItem(tr("Last 30 days"), 30);
    m_quick->addItem(tr("Last 90 days"), 90);
    m_quick->addItem(tr("Dates below"), 0);
    form->addRow(tr("&Period:"), m_quick);
    auto *dates = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To"));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    form->addRow(tr("From – to:"), dates);
    auto *file = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("PDF file"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(
        QStringLiteral("patchdeck-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Create report"), m_path->text(), tr("PDF files (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    form->addRow(tr("PDF &file:"), file);
    m_html = new QCheckBox(tr("Also write an &HTML file beside it"), this);
    m_html->setObjectName(QStringLiteral("reportHtml"));
    m_html->setChecked(true);
    form->addRow(QString(), m_html);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_closeText = m_buttons->button(QDialogButtonBox::Close)->text();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::create);
    // While the tenant's state is being read, Close (and Esc) cancels that instead of leaving it running.
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_collector)
            cancelCreating();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_quick, &QComboBox::currentIndexChanged, this, &ReportDialog::applyQuickChoice);
    applyQuickChoice();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::applyQuickChoice()
{
    const int days = m_quick->currentData().toInt();
    m_from->setEnabled(days == 0);
    m_to->setEnabled(days == 0);
    if (days > 0) {
        m_to->setDate(QDate::currentDate());
        m_from->setDate(QDate::currentDate().addDays(-days));
    }
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ReportDialog::outputPath() const
{
    return m_path->text();
}

void ReportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_quick->setCurrentIndex(m_quick->findData(0));
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::setHtmlCopy(bool on)
{
    m_html->setChecked(on);
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    // Close becomes Cancel while reading, then the platform's own Close again.
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : m_closeText);
}

void ReportDialog::cancelCreating()
{
    if (!m_collector)
        return;
    m_collector->disconnect(this);
    m_collector->cancel();
    m_collector->deleteLater();
    m_collector = nullptr;
    setBusy(false);
    m_status->setText(tr("Cancelled: no report was written."));
    emit reportFailed(tr("cancelled"));
}

void ReportDialog::reject()
{
    cancelCreating(); // closing the window (Esc, the title bar) ends the reading too
    QDialog::reject();
}

void ReportDialog::create()
{
    if (m_collector || !m_client)
        return;
    if (m_path->text().trimmed().isEmpty() || m_from->date() > m_to->date()) {
        m_status->setText(tr("Choose a PDF file and a period whose start is not after its end."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Reading the tenant's state…"));
    m_collector = new ReportCollector(m_client, m_workspace, this);
    connect(m_collector, &ReportCollector::progress, m_status, &QLabel::setText);
    connect(m_collector, &ReportCollector::finished, this, &ReportDialog::finish);
    const bool toToday = m_to->date() == QDate::currentDate();
    m_collector->start(m_from->date().startOfDay(), toToday ? QDateTime::currentDateTime() : m_to->date().endOfDay(),
                       m_tenant);
}

void ReportDialog::finish(bool ok, const QString &error)
{
    QString problem = error;
    const QString pdf = m_path->text().trimmed();
    if (ok) {
        const ReportDocument document(m_collector->data());
        ok = document.writePdf(pdf, &problem);
        if (ok && m_html->isChecked()) {
            const QFileInfo info(pdf);
            ok = document.writeHtml(info.dir().filePath(info.completeBaseName() + QStringLiteral(".html")), &problem);
        }
    }
    m_collector->deleteLater();
    m_collector = nullptr;
    setBusy(false);
    if (ok) {
        m_status->setText(tr("The report was written to %1.").arg(QDir::toNativeSeparators(pdf)));
        emit reportWritten(pdf);
    } else {
        m_status->setText(tr("No report was written: %1").arg(problem));
        emit reportFailed(problem);
    }
}

} // namespace pmp::ui
