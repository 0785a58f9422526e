#pragma once

#include <QByteArray>

namespace pmp::auth {

// Proof Key for Code Exchange (RFC 7636), method S256: a random verifier kept by PatchDeck and its
// SHA-256 challenge sent with the authorization request, so an intercepted code is useless.
struct Pkce
{
    QByteArray verifier;  // 43..128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // Random URL-safe text with `bytes` bytes of entropy (state values, verifiers).
    static QByteArray randomUrlSafe(int bytes);
};

} // namespace pmp::auth
