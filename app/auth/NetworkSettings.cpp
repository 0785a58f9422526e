#include "NetworkSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslConfiguration>

#include <memory>

namespace pmp::auth {

namespace {

const QString kGroup = QStringLiteral("network");

} // namespace

NetworkSettings NetworkSettings::load(QSettings *settings)
{
    std::unique_ptr<QSettings> owned;
    if (!settings) {
        owned = std::make_unique<QSettings>();
        settings = owned.get();
    }
    NetworkSettings n;
    settings->beginGroup(kGroup);
    const QString mode = settings->value(QStringLiteral("proxyMode"), QStringLiteral("system")).toString();
    n.proxyMode = mode == QLatin1String("none")     ? ProxyMode::None
                  : mode == QLatin1String("manual") ? ProxyMode::Manual
                                                    : ProxyMode::System;
    n.manualType = settings->value(QStringLiteral("proxyType")).toString() == QLatin1String("socks5")
                       ? QNetworkProxy::Socks5Proxy
                       : QNetworkProxy::HttpProxy;
    n.manualHost = settings->value(QStringLiteral("proxyHost")).toString();
    n.manualPort = quint16(settings->value(QStringLiteral("proxyPort"), 8080).toUInt());
    n.manualUser = settings->value(QStringLiteral("proxyUser")).toString();
    n.caFile = settings->value(QStringLiteral("caFile")).toString();
    settings->endGroup();
    return n;
}

void NetworkSettings::save(QSettings *settings) const
{
    std::unique_ptr<QSettings> owned;
    if (!settings) {
        owned = std::make_unique<QSettings>();
        settings = owned.get();
    }
    settings->beginGroup(kGroup);
    settings->setValue(QStringLiteral("proxyMode"), proxyMode == ProxyMode::None     ? QStringLiteral("none")
                                                    : proxyMode == ProxyMode::Manual ? QStringLiteral("manual")
                                                                                     : QStringLiteral("system"));
    settings->setValue(QStringLiteral("proxyType"),
                       manualType == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
    settings->setValue(QStringLiteral("proxyHost"), manualHost);
    settings->setValue(QStringLiteral("proxyPort"), uint(manualPort));
    settings->setValue(QStringLiteral("proxyUser"), manualUser);
    settings->setValue(QStringLiteral("caFile"), caFile);
    settings->endGroup();
}

QList<QSslCertificate> NetworkSettings::readCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty() && error)
        *error = tr("The file %1 contains no certificate (PEM or DER expected).").arg(path);
    return certs;
}

bool NetworkSettings::apply(QString *error) const
{
    switch (proxyMode) {
    case ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(manualType, manualHost, manualPort, manualUser));
        break;
    }

    // The system CAs as they were before PatchDeck added any, so applying twice does not stack.
    static const QList<QSslCertificate> systemCas = QSslConfiguration::defaultConfiguration().caCertificates();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = systemCas;
    bool ok = true;
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> extra = readCaFile(caFile, error);
        ok = !extra.isEmpty();
        cas += extra;
    }
    tls.setCaCertificates(cas);
    QSslConfiguration::setDefaultConfiguration(tls);
    return ok;
}

} // namespace pmp::auth
