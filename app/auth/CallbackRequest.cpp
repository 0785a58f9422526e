#include "CallbackRequest.h"

#include <QList>
#include <QUrl>

namespace pmp::auth {

bool CallbackRequest::sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

CallbackRequest::Parsed CallbackRequest::parse(const QByteArray &head, quint16 port, const QByteArray &expectedState)
{
    Parsed out;
    const auto refuse = [&out](Refusal r, const QString &detail) {
        out.refusal = r;
        out.detail = detail;
        return out;
    };
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refuse(Refusal::Malformed, tr("not an HTTP request"));
    // The Host header must name this listener: a page elsewhere cannot reach us through DNS
    // rebinding.
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "host")
            host = line.mid(colon + 1).trimmed().toLower();
    }
    const QByteArray portText = QByteArray::number(port);
    if (host != "127.0.0.1:" + portText && host != "localhost:" + portText)
        return refuse(Refusal::Malformed, tr("unexpected Host header"));
    const QByteArray &target = requestLine.at(1);
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (requestLine.at(0) != "GET" || !target.startsWith('/') || !url.isValid())
        return refuse(Refusal::Malformed, tr("not a GET request for a local path"));
    if (url.path() != QLatin1String("/callback"))
        return refuse(Refusal::WrongPath, url.path());

    const QUrlQuery query(url);
    Callback &cb = out.callback;
    cb.query = query;
    cb.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    cb.location = query.queryItemValue(QStringLiteral("location"), QUrl::FullyDecoded);
    cb.accountsServer = query.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded);
    cb.error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    cb.errorDescription = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    const bool hasState = query.hasQueryItem(QStringLiteral("state"));
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();

    // Only a callback carrying this attempt's state is ours, a code or an error alike: any local
    // program can reach this port, and an error without the state would let it cancel the sign-in
    // and put its own words in front of the admin. The sign-in keeps waiting instead.
    if (!hasState || !sameSecret(state, expectedState))
        return refuse(Refusal::StateMismatch,
                      hasState ? tr("the state does not match this sign-in attempt") : tr("no state"));
    if (cb.error.isEmpty() && cb.code.isEmpty())
        return refuse(Refusal::MissingCode, tr("no code"));
    return out;
}

} // namespace pmp::auth
