#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace pmp::api {
class Client;
}
namespace pmp::store {
class Workspace;
}

namespace pmp::ui {

class ReportCollector;

// File › Create report…: the period (last 30 or 90 days, or two dates), the PDF to write and
// whether an HTML copy goes beside it; then progress, and where the report went or why it failed.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(pmp::api::Client *client, std::shared_ptr<pmp::store::Workspace> workspace, const QString &tenant,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setPeriod(const QDate &from, const QDate &to);
    void setHtmlCopy(bool on);
    // Starts the report as the Create button does.
    void create();
    // Stops reading the tenant's state; nothing is written. Also when the dialog is closed meanwhile.
    void cancelCreating();
    bool isCreating() const { return m_collector != nullptr; }
    void reject() override;
    QString statusText() const;

signals:
    void reportWritten(const QString &pdfPath);
    void reportFailed(const QString &error);

private:
    void applyQuickChoice();
    void finish(bool ok, const QString &error);
    void setBusy(bool busy);

    pmp::api::Client *m_client;
    std::shared_ptr<pmp::store::Workspace> m_workspace;
    QString m_tenant;
    QComboBox *m_quick;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_path;
    QCheckBox *m_html;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_closeText; // the platform's "Close", shown again after "Cancel"
    ReportCollector *m_collector = nullptr;
};

} // namespace pmp::ui
