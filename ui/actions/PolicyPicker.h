#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace pmp::api {
class Client;
class PagedFetch;
} // namespace pmp::api

namespace pmp::ui {

// A deployment policy chosen by name from the server's list (E10 deploymentpolicies); gives its
// template_id (installpatch, uninstallpatch) or its name (APD templateName). The server's default
// policy is preselected unless the caller picks one.
class PolicyPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyPicker(pmp::api::Client *client, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    bool isLoaded() const { return m_loaded; }
    std::optional<qint64> templateId() const;
    QString templateName() const;
    // Selects by name or id (also before the list arrives: applied when it does). A name not in the
    // list is kept as an entry of its own, so a task's policy is never silently replaced.
    void selectName(const QString &name);
    void selectTemplateId(qint64 id);
    void reload();

signals:
    void loaded();
    void changed();

private:
    void apply();

    QPointer<pmp::api::Client> m_client;
    QComboBox *m_combo;
    QLabel *m_status;
    QToolButton *m_retry;
    QPointer<pmp::api::PagedFetch> m_fetch;
    bool m_loaded = false;
    QString m_wantedName;
    std::optional<qint64> m_wantedId;
};

} // namespace pmp::ui
