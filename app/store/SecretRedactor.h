#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pmp::store {

// Keeps secrets out of the store. The rule: values of secret-named keys (Authorization, access_token,
// refresh_token, client_secret, password, cookie, anything ending in "token"/"secret"/"password",
// at any depth) and secret-looking text (a "Zoho-oauthtoken …" or "Bearer …" credential, a Zoho
// token "1000.<hex>.<hex>") are replaced by "[redacted]" before anything is written.
// Redact rather than refuse: a write that is about to be sent must be journaled whatever its payload
// holds, and losing the record of an admin action would be worse than losing a secret's value.
class SecretRedactor
{
public:
    static QString placeholder();
    static bool isSecretKey(const QString &key);
    // Returns the object with secrets replaced; `count` (if given) is increased per replacement.
    static QJsonObject redact(const QJsonObject &object, int *count = nullptr);
    static QString redactText(const QString &text, int *count = nullptr);
    static QStringList redactTexts(const QStringList &texts, int *count = nullptr);
};

} // namespace pmp::store
