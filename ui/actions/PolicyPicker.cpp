#include "PolicyPicker.h"

#include "api/Client.h"
#include "api/PagedFetch.h"
#include "widgets/ComboWidth.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pmp::ui {

namespace {
constexpr int TemplateIdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

PolicyPicker::PolicyPicker(pmp::api::Client *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_combo(new QComboBox(this)), m_status(new QLabel(this)),
      m_retry(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo->setObjectName(QStringLiteral("policyCombo"));
    limitComboWidth(m_combo, 22);
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->hide();
    m_retry->setText(tr("Retry"));
    m_retry->hide();
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_retry);
    setFocusProxy(m_combo);
    connect(m_retry, &QToolButton::clicked, this, &PolicyPicker::reload);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &PolicyPicker::changed);
    reload();
}

void PolicyPicker::reload()
{
    if (!m_client || m_fetch)
        return;
    m_loaded = false;
    m_retry->hide();
    m_status->setText(tr("Loading policies…"));
    m_status->show();
    m_fetch = new pmp::api::PagedFetch(m_client, pmp::api::OperationId::DeploymentPolicies, {}, {}, this);
    auto records = std::make_shared<QList<pmp::api::Record>>();
    connect(m_fetch, &pmp::api::PagedFetch::pageArrived, this,
            [records](int, const QList<pmp::api::Record> &page) { *records << page; });
    connect(m_fetch, &pmp::api::PagedFetch::finished, this, [this, records](const pmp::api::FetchOutcome &outcome) {
        m_fetch->deleteLater();
        m_fetch = nullptr;
        const QString keepName = m_combo->currentIndex() >= 0 ? templateName() : QString();
        m_combo->clear();
        int defaultIndex = -1;
        for (const pmp::api::Record &r : std::as_const(*records)) {
            const auto id = r.integer(QStringLiteral("template_id"));
            const QString name = r.text(QStringLiteral("template_name"));
            if (!id || name.isEmpty())
                continue;
            m_combo->addItem(tr("%1 (id %2)").arg(name).arg(*id));
            m_combo->setItemData(m_combo->count() - 1, *id, TemplateIdRole);
            m_combo->setItemData(m_combo->count() - 1, name, NameRole);
            if (r.flag(QStringLiteral("set_as_default")).value_or(false))
                defaultIndex = m_combo->count() - 1;
        }
        m_loaded = true;
        if (!outcome.complete) {
            m_status->setText(tr("Could not load every policy: %1").arg(outcome.error.message()));
            m_retry->show();
        } else {
            m_status->clear();
            m_status->hide();
        }
        if (m_wantedName.isEmpty() && !m_wantedId && !keepName.isEmpty())
            m_wantedName = keepName;
        if (m_wantedName.isEmpty() && !m_wantedId && defaultIndex >= 0)
            m_combo->setCurrentIndex(defaultIndex);
        apply();
        emit loaded();
    });
    m_fetch->start();
}

void PolicyPicker::apply()
{
    int index = -1;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_wantedId && m_combo->itemData(i, TemplateIdRole).toLongLong() == *m_wantedId)
            index = i;
        else if (!m_wantedName.isEmpty() &&
                 m_combo->itemData(i, NameRole).toString().compare(m_wantedName, Qt::CaseInsensitive) == 0)
            index = i;
        if (index >= 0)
            break;
    }
    if (index < 0 && !m_wantedName.isEmpty()) {
        // Keep a policy the server did not list (renamed, or the list failed): the admin sees it and decides.
        m_combo->addItem(tr("%1 (not in the server's list)").arg(m_wantedName));
        index = m_combo->count() - 1;
        m_combo->setItemData(index, m_wantedName, NameRole);
    }
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void PolicyPicker::selectName(const QString &name)
{
    m_wantedName = name.trimmed();
    m_wantedId.reset();
    if (m_loaded)
        apply();
}

void PolicyPicker::selectTemplateId(qint64 id)
{
    m_wantedId = id;
    m_wantedName.clear();
    if (m_loaded)
        apply();
}

std::optional<qint64> PolicyPicker::templateId() const
{
    const QVariant v = m_combo->currentData(TemplateIdRole);
    if (!v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

QString PolicyPicker::templateName() const
{
    return m_combo->currentData(NameRole).toString();
}

} // namespace pmp::ui
