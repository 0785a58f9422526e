#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace pmp::auth {

// Why a TLS handshake was refused, with the certificate details the admin needs to decide whether
// to trust a CA (an inspection proxy, an on-premises server's own CA). Errors are never ignored;
// trusting a CA file is the only way past them (NetworkSettings).
struct TlsFailure
{
    Q_DECLARE_TR_FUNCTIONS(pmp::auth::TlsFailure)

public:
    QString host;
    QList<QSslError> errors;
    QList<QSslCertificate> chain; // the peer's chain, leaf first

    bool isEmpty() const { return errors.isEmpty(); }
    // One sentence: "The certificate of host is not trusted: <first error>."
    QString summary() const;
    // Multi-line: every error, then subject, issuer, validity and SHA-256 fingerprint per certificate.
    QString details() const;
    static QString describeCertificate(const QSslCertificate &certificate);
};

} // namespace pmp::auth
