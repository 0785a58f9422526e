#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace pmp::auth {

QByteArray Pkce::randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomUrlSafe(64); // 86 characters
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace pmp::auth
