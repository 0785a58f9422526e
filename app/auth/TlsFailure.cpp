#include "TlsFailure.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>

namespace pmp::auth {

namespace {

QString fingerprint(const QSslCertificate &c)
{
    const QByteArray hex = c.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

} // namespace

QString TlsFailure::summary() const
{
    if (errors.isEmpty())
        return {};
    QStringList reasons;
    for (const QSslError &e : errors) {
        QString text = e.errorString();
        if (!text.isEmpty() && !reasons.isEmpty())
            text[0] = text.at(0).toLower();
        reasons << text;
    }
    return tr("The secure connection to %1 was refused: %2.").arg(host, reasons.join(QStringLiteral("; ")));
}

QString TlsFailure::describeCertificate(const QSslCertificate &c)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Subject: %1")
                 .arg(c.subjectDisplayName().isEmpty()
                          ? c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
                          : c.subjectDisplayName());
    lines << tr("Issuer: %1")
                 .arg(c.issuerDisplayName().isEmpty()
                          ? c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
                          : c.issuerDisplayName());
    lines << tr("Valid: %1 to %2")
                 .arg(locale.toString(c.effectiveDate(), QLocale::ShortFormat),
                      locale.toString(c.expiryDate(), QLocale::ShortFormat));
    lines << tr("SHA-256 fingerprint: %1").arg(fingerprint(c));
    return lines.join(QLatin1Char('\n'));
}

QString TlsFailure::details() const
{
    QStringList parts;
    QStringList errorLines;
    for (const QSslError &e : errors)
        errorLines << QStringLiteral("• ") + e.errorString();
    parts << tr("Errors:") + QLatin1Char('\n') + errorLines.join(QLatin1Char('\n'));
    for (qsizetype i = 0; i < chain.size(); ++i)
        parts << (i == 0 ? tr("Server certificate:") : tr("Issuer certificate %1:").arg(i)) + QLatin1Char('\n') +
                     describeCertificate(chain.at(i));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace pmp::auth
