#pragma once

#include <QByteArray>
#include <QString>

namespace pmp::auth {

// Keeps tokens out of every log line: a Qt message handler that scrubs the secrets PatchDeck has
// registered (access, refresh and API tokens, client secrets, codes) and anything shaped like one
// (`Zoho-oauthtoken …`, `Bearer …`, `Authorization: …`, `access_token=…`, `refresh_token=…`,
// `code=…`, `client_secret=…` and their JSON forms) before handing the line to the previous handler.
class LogRedactor
{
public:
    // Installs the handler once (further calls do nothing); the previous handler keeps formatting
    // and writing the scrubbed lines.
    static void install();
    static bool isInstalled();
    static void registerSecret(const QByteArray &secret);
    static void unregisterSecret(const QByteArray &secret);
    static void clearSecrets();
    // The scrubbing itself, for tests and for text that leaves the process another way.
    static QString redact(const QString &text);
};

} // namespace pmp::auth
