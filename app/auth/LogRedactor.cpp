#include "LogRedactor.h"

#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace pmp::auth {

namespace {

const QString kMask = QStringLiteral("[redacted]");

struct State
{
    QMutex mutex;
    QSet<QByteArray> secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

const QList<QRegularExpression> &patterns()
{
    // Group 1 is kept, the rest of the match is masked.
    static const QList<QRegularExpression> list = {
        // Header values: the scheme stays visible, the credential does not.
        QRegularExpression(QStringLiteral("(Zoho-oauthtoken\\s+)[^\\s\"',;]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"), QRegularExpression::CaseInsensitiveOption),
        // "Authorization: <raw token>" (on-premises) — unless already masked above.
        QRegularExpression(QStringLiteral("(Authorization\"?\\s*[:=]\\s*\"?)(?!Zoho-oauthtoken|Bearer|\\[redacted\\])"
                                          "[^\\s\"',;]+"),
                           QRegularExpression::CaseInsensitiveOption),
        // Query strings and form bodies.
        QRegularExpression(QStringLiteral("((?<![\\w-])(?:access_token|refresh_token|token|code|client_secret|"
                                          "code_verifier|id_token|password)=)[^&\\s\"',;]+"),
                           QRegularExpression::CaseInsensitiveOption),
        // JSON members.
        QRegularExpression(QStringLiteral("(\"(?:access_token|refresh_token|token|code|client_secret|code_verifier|"
                                          "id_token|password)\"\\s*:\\s*\")[^\"]*"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    return list;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous;
    {
        QMutexLocker lock(&state().mutex);
        previous = state().previous;
    }
    const QString clean = LogRedactor::redact(message);
    if (previous)
        previous(type, context, clean);
}

} // namespace

void LogRedactor::install()
{
    QMutexLocker lock(&state().mutex);
    if (state().installed)
        return;
    state().installed = true;
    lock.unlock();
    QtMessageHandler previous = qInstallMessageHandler(handler);
    lock.relock();
    state().previous = previous;
}

bool LogRedactor::isInstalled()
{
    QMutexLocker lock(&state().mutex);
    return state().installed;
}

void LogRedactor::registerSecret(const QByteArray &secret)
{
    // Very short values would mask ordinary words; real tokens are long.
    if (secret.trimmed().size() < 6)
        return;
    QMutexLocker lock(&state().mutex);
    state().secrets.insert(secret.trimmed());
}

void LogRedactor::unregisterSecret(const QByteArray &secret)
{
    QMutexLocker lock(&state().mutex);
    state().secrets.remove(secret.trimmed());
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&state().mutex);
    state().secrets.clear();
}

QString LogRedactor::redact(const QString &text)
{
    QString out = text;
    QList<QByteArray> secrets;
    {
        QMutexLocker lock(&state().mutex);
        secrets = state().secrets.values();
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    for (const QByteArray &secret : secrets) {
        const QString s = QString::fromUtf8(secret);
        out.replace(s, kMask);
        // Also its percent-encoded form, as it appears in URLs.
        const QString encoded = QString::fromLatin1(secret.toPercentEncoding());
        if (encoded != s)
            out.replace(encoded, kMask);
    }
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1") + kMask);
    return out;
}

} // namespace pmp::auth
