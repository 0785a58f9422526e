#include "OnPremisesSignIn.h"

#include "LogRedactor.h"

#include "api/OperationCatalogue.h"
#include "api/ResponseParser.h"
#include "api/StaticTokenAuthenticator.h"
#include "api/Transport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <memory>

namespace pmp::auth {

OnPremisesSignIn::OnPremisesSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    qRegisterMetaType<pmp::auth::SignInResult>();
    qRegisterMetaType<pmp::auth::SignInError>();
}

QUrl OnPremisesSignIn::normalizeServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void OnPremisesSignIn::fail(const SignInError &error)
{
    m_running = false;
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void OnPremisesSignIn::start(const Params &params)
{
    m_running = true;
    const QByteArray token = params.token.trimmed();
    SignInError invalid;
    invalid.kind = SignInError::Kind::InvalidInput;
    if (!params.serverUrl.isValid() || params.serverUrl.host().isEmpty())
        invalid.message = tr("Enter the server's address, for example https://patch.example.com:8383.");
    else if (!api::Transport::isAllowedServerUrl(params.serverUrl))
        invalid.message = tr("PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the "
                             "server's https port (8383 by default).");
    else if (token.isEmpty())
        invalid.message = tr("Paste the API token created on the server (Admin → Integrations → API Key Management).");
    if (!invalid.message.isEmpty() || !m_network) {
        if (invalid.message.isEmpty())
            invalid.message = tr("No network access.");
        fail(invalid);
        return;
    }
    LogRedactor::registerSecret(token);

    const api::Operation &op = api::OperationCatalogue::get(api::OperationId::SomSummary);
    QUrl url = params.serverUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + op.path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", api::StaticTokenAuthenticator::headerFor(
                                              api::StaticTokenAuthenticator::Kind::OnPremises, token));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, api::Transport::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);

    QNetworkReply *reply = m_network->get(request);
    auto tls = std::make_shared<TlsFailure>();
    tls->host = url.host();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, tls](const QList<QSslError> &errors) {
        tls->errors = errors;
        tls->chain = reply->sslConfiguration().peerCertificateChain();
    });
    const QUrl server = params.serverUrl;
    connect(reply, &QNetworkReply::finished, this, [this, reply, tls, server, token, op = &op] {
        reply->deleteLater();
        api::RawReply raw;
        raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        raw.body = reply->readAll();
        SignInError e;
        if (!tls->isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            e.kind = SignInError::Kind::Tls;
            e.tls = *tls;
            e.message = tls->isEmpty()
                            ? tr("The secure connection to %1 failed: %2").arg(server.host(), reply->errorString())
                            : tls->summary();
            e.details = tls->details();
            fail(e);
            return;
        }
        if (raw.httpStatus == 0) {
            e.kind = SignInError::Kind::Network;
            e.message = tr("Could not reach %1: %2").arg(server.host(), reply->errorString());
            fail(e);
            return;
        }
        const api::ParsedReply parsed = api::ResponseParser::parse(*op, raw);
        if (parsed.error) {
            const auto kind = parsed.error.kind();
            if (kind == api::ApiError::Kind::AuthExpired || kind == api::ApiError::Kind::Forbidden) {
                e.kind = SignInError::Kind::InvalidInput;
                e.message = tr("%1 did not accept this API token. Check it on the server (Admin → Integrations → API "
                               "Key Management) and paste it again.")
                                .arg(server.host());
            } else {
                e.kind = SignInError::Kind::Other;
                e.message = tr("%1 answered, but not as a Patch Manager Plus server would: %2")
                                .arg(server.host(), parsed.error.message());
            }
            e.details = parsed.error.detail();
            fail(e);
            return;
        }
        m_running = false;
        SignInResult result;
        result.tokens.accessToken = token; // never expires
        emit succeeded(result);
    });
}

} // namespace pmp::auth
