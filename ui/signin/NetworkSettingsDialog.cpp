#include "NetworkSettingsDialog.h"
#include "widgets/AccessibleNames.h"

#include "auth/NetworkSettings.h"
#include "auth/TlsFailure.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::auth::NetworkSettings;

NetworkSettingsDialog::NetworkSettingsDialog(QWidget *parent)
    : QDialog(parent), m_mode(new QButtonGroup(this)), m_type(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_user(new QLineEdit(this)), m_caFile(new QLineEdit(this)), m_caInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    setWindowTitle(tr("Network settings"));
    auto *root = new QVBoxLayout(this);

    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyLayout = new QVBoxLayout(proxyBox);
    const struct
    {
        NetworkSettings::ProxyMode mode;
        QString text;
        const char *name;
    } modes[] = {
        {NetworkSettings::ProxyMode::System, tr("Use the &system proxy settings"), "proxySystem"},
        {NetworkSettings::ProxyMode::None, tr("&No proxy"), "proxyNone"},
        {NetworkSettings::ProxyMode::Manual, tr("&Manual proxy:"), "proxyManual"},
    };
    for (const auto &m : modes) {
        auto *radio = new QRadioButton(m.text, proxyBox);
        radio->setObjectName(QLatin1String(m.name));
        m_mode->addButton(radio, int(m.mode));
        proxyLayout->addWidget(radio);
    }
    auto *manual = new QFormLayout;
    manual->setContentsMargins(24, 0, 0, 0);
    m_type->setObjectName(QStringLiteral("proxyType"));
    m_type->addItem(tr("HTTP"), int(QNetworkProxy::HttpProxy));
    m_type->addItem(tr("SOCKS 5"), int(QNetworkProxy::Socks5Proxy));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setPlaceholderText(tr("Optional; the password is asked for when needed"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_type);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    manual->addRow(tr("Server:"), hostRow);
    manual->addRow(tr("User:"), m_user);
    proxyLayout->addLayout(manual);
    root->addWidget(proxyBox);

    auto *tlsBox = new QGroupBox(tr("Trusted certificate authorities"), this);
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    auto *explain = new QLabel(tr("PatchDeck trusts the system's certificate authorities. Add a CA file (PEM or DER) "
                                  "for an on-premises server with its own certificate or a proxy that inspects TLS. "
                                  "Certificate errors are never ignored."),
                               tlsBox);
    explain->setWordWrap(true);
    tlsLayout->addWidget(explain);
    auto *caRow = new QHBoxLayout;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("No additional CA"));
    auto *browse = new QPushButton(tr("&Browse…"), tlsBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate file"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            describeCaFile();
        }
    });
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    tlsLayout->addLayout(caRow);
    m_caInfo->setObjectName(QStringLiteral("caInfo"));
    m_caInfo->setWordWrap(true);
    m_caInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tlsLayout->addWidget(m_caInfo);
    root->addWidget(tlsBox);
    connect(m_caFile, &QLineEdit::editingFinished, this, &NetworkSettingsDialog::describeCaFile);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    const NetworkSettings s = NetworkSettings::load();
    m_mode->button(int(s.proxyMode))->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(s.manualType)));
    m_host->setText(s.manualHost);
    m_port->setValue(s.manualPort);
    m_user->setText(s.manualUser);
    m_caFile->setText(s.caFile);
    connect(m_mode, &QButtonGroup::idToggled, this, &NetworkSettingsDialog::updateEnabled);
    updateEnabled();
    describeCaFile();
    resize(560, sizeHint().height());
    AccessibleNames::nameFromLabels(this);
}

void NetworkSettingsDialog::updateEnabled()
{
    const bool manual = m_mode->checkedId() == int(NetworkSettings::ProxyMode::Manual);
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_user)})
        w->setEnabled(manual);
}

void NetworkSettingsDialog::describeCaFile()
{
    const QString path = m_caFile->text().trimmed();
    if (path.isEmpty()) {
        m_caInfo->clear();
        return;
    }
    QString error;
    const QList<QSslCertificate> certs = NetworkSettings::readCaFile(path, &error);
    if (certs.isEmpty()) {
        m_caInfo->setText(error);
        return;
    }
    QStringList lines;
    for (const QSslCertificate &c : certs)
        lines << pmp::auth::TlsFailure::describeCertificate(c);
    m_caInfo->setText(tr("%n certificate(s):", nullptr, int(certs.size())) + QLatin1Char('\n') +
                      lines.join(QStringLiteral("\n\n")));
}

void NetworkSettingsDialog::accept()
{
    NetworkSettings s;
    s.proxyMode = NetworkSettings::ProxyMode(m_mode->checkedId());
    s.manualType = QNetworkProxy::ProxyType(m_type->currentData().toInt());
    s.manualHost = m_host->text().trimmed();
    s.manualPort = quint16(m_port->value());
    s.manualUser = m_user->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    if (s.proxyMode == NetworkSettings::ProxyMode::Manual && s.manualHost.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter the proxy server's host name."));
        return;
    }
    QString error;
    if (!s.apply(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    s.save();
    QDialog::accept();
}

} // namespace pmp::ui
