#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>

class QSettings;

namespace pmp::auth {

// How PatchDeck reaches the network, for the API and the accounts server alike: the system proxy
// by default (PAC and environment included), none, or a manual one; and optionally a CA file to
// trust in addition to the system's (an on-premises server's own CA, a TLS-inspecting proxy).
// Certificate errors are never ignored — trusting a CA is the only way past them.
struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(pmp::auth::NetworkSettings)

public:
    enum class ProxyMode
    {
        System,
        None,
        Manual
    };

    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType manualType = QNetworkProxy::HttpProxy; // or Socks5Proxy
    QString manualHost;
    quint16 manualPort = 8080;
    QString manualUser; // the password is asked for when the proxy wants it, never stored
    QString caFile;     // PEM or DER; empty: system CAs only

    static NetworkSettings load(QSettings *settings = nullptr);
    void save(QSettings *settings = nullptr) const;
    // Applies to the whole application (every QNetworkAccessManager). False with `error` when the
    // CA file cannot be used; the proxy is applied regardless.
    bool apply(QString *error = nullptr) const;
    // The certificates in a PEM or DER file; empty with `error` when there are none.
    static QList<QSslCertificate> readCaFile(const QString &path, QString *error);
};

} // namespace pmp::auth
