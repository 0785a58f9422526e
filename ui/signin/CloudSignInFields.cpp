#include "CloudSignInFields.h"

#include "SignInHelp.h"

#include "api/Transport.h"
#include "auth/DataCentres.h"
#include "auth/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pmp::ui {

using namespace pmp::auth;

namespace {

QUrl urlFromField(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(t);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

} // namespace

CloudSignInFields::CloudSignInFields(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cloudFields"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_dataCentre = new QComboBox(this);
    m_dataCentre->setObjectName(QStringLiteral("dataCentre"));
    for (const DataCentre &dc : DataCentres::allWithCustom())
        m_dataCentre->addItem(dc.isCustom() ? tr("Custom server (simulator, test tenant, proxy)")
                                            : tr("%1 — %2").arg(dc.displayName(), dc.serverUrl.host()),
                              dc.id);
    m_dataCentre->setToolTip(tr("Where your Patch Manager Plus Cloud account lives: the address you use it at "
                                "ends in this domain."));
    connect(m_dataCentre, &QComboBox::currentIndexChanged, this, &CloudSignInFields::onDataCentreChanged);
    m_form->addRow(tr("&Data centre:"), m_dataCentre);

    m_customServer = new QLineEdit(this);
    m_customServer->setObjectName(QStringLiteral("customServerUrl"));
    m_customServer->setPlaceholderText(QStringLiteral("https://patch.example.com"));
    m_customAccounts = new QLineEdit(this);
    m_customAccounts->setObjectName(QStringLiteral("customAccountsUrl"));
    m_customAccounts->setPlaceholderText(QStringLiteral("https://accounts.example.com"));
    m_form->addRow(tr("Server &URL:"), m_customServer);
    m_form->addRow(tr("&Accounts URL:"), m_customAccounts);
    connect(m_customServer, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The simulator serves both on one address: follow the server URL until edited.
        if (m_customAccounts->isModified())
            return;
        m_customAccounts->setText(text);
        onDataCentreChanged();
    });
    connect(m_customAccounts, &QLineEdit::textEdited, this, &CloudSignInFields::onDataCentreChanged);

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(QStringLiteral("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    m_form->addRow(tr("Client &ID:"), m_clientId);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("From the API console's Client Secret tab"));
    m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_useSimulator = new QPushButton(tr("Use simulator client"), this);
    m_useSimulator->setObjectName(QStringLiteral("useSimulatorClient"));
    m_useSimulator->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_useSimulator, &QPushButton::clicked, this, [this] {
        m_clientId->setText(SignInHelp::simulatorClientId());
        m_clientSecret->setText(SignInHelp::simulatorClientSecret());
        emit changed();
    });
    auto *simulatorRow = new QHBoxLayout;
    simulatorRow->addWidget(m_useSimulator);
    simulatorRow->addStretch(1);
    m_form->addRow(QString(), simulatorRow);
    for (QLineEdit *e : {m_clientId, m_clientSecret, m_customServer, m_customAccounts})
        connect(e, &QLineEdit::textChanged, this, &CloudSignInFields::changed);
    onDataCentreChanged();
}

DataCentre CloudSignInFields::dataCentre() const
{
    const QString id = m_dataCentre->currentData().toString();
    if (id == QLatin1String("custom"))
        return DataCentres::custom(urlFromField(m_customServer->text()), urlFromField(m_customAccounts->text()));
    return DataCentres::byId(id);
}

QString CloudSignInFields::clientId() const
{
    return m_clientId->text().trimmed();
}

QString CloudSignInFields::clientSecret() const
{
    return m_clientSecret->text();
}

QString CloudSignInFields::problem() const
{
    const DataCentre dc = dataCentre();
    if (dc.isCustom() && (!pmp::api::Transport::isAllowedServerUrl(dc.serverUrl) ||
                          !pmp::api::Transport::isAllowedServerUrl(dc.accountsUrl)))
        return tr("Enter the server and accounts URLs (https; plain http only for 127.0.0.1).");
    if (clientId().isEmpty())
        return tr("Enter the client id from the API console.");
    if (m_clientSecret->text().isEmpty())
        return tr("Enter the client secret from the API console.");
    return {};
}

QString CloudSignInFields::suggestedName() const
{
    const DataCentre dc = dataCentre();
    if (dc.isCustom())
        return SignInHelp::looksLikeSimulator(dc) ? tr("Simulator") : tr("Custom server");
    return tr("Patch Manager Plus %1").arg(dc.displayName());
}

void CloudSignInFields::setProfile(const Profile &profile)
{
    const int index =
        m_dataCentre->findData(profile.dataCentreId.isEmpty() ? QStringLiteral("custom") : profile.dataCentreId);
    m_dataCentre->setCurrentIndex(index < 0 ? m_dataCentre->count() - 1 : index);
    if (profile.dataCentreId == QLatin1String("custom")) {
        m_customServer->setText(profile.serverUrl.toString());
        m_customAccounts->setText(profile.accountsUrl.toString());
        m_customAccounts->setModified(true);
    }
    m_clientId->setText(profile.clientId);
    onDataCentreChanged();
}

void CloudSignInFields::offerClientSecret(const QString &secret)
{
    if (!secret.isEmpty() && m_clientSecret->text().isEmpty())
        m_clientSecret->setText(secret);
}

void CloudSignInFields::onDataCentreChanged()
{
    const DataCentre dc = dataCentre();
    m_form->setRowVisible(m_customServer, dc.isCustom());
    m_form->setRowVisible(m_customAccounts, dc.isCustom());
    m_useSimulator->setVisible(SignInHelp::looksLikeSimulator(dc));
    emit dataCentreChanged();
}

} // namespace pmp::ui
