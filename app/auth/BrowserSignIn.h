#pragma once

#include "LoopbackReceiver.h"
#include "Pkce.h"
#include "SignInError.h"
#include "SignInResult.h"
#include "TokenEndpoint.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace pmp::auth {

// Sign-in through the admin's browser (reference §1.5–1.6): builds the authorization URL with the
// scopes, access_type=offline, prompt=consent, a fresh state and a PKCE S256 challenge; opens the
// browser; receives the redirect on 127.0.0.1; exchanges the code at the accounts server the
// redirect names (multi-DC) when AccountsTrust allows it, with the code in a form body. One attempt
// per start().
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    struct Params
    {
        QUrl accountsUrl; // a Zoho data centre's, or the custom one the admin typed (AccountsTrust)
        QString clientId;
        QByteArray clientSecret;
        QStringList scopes;
        quint16 redirectPort = 0;      // 0: any free port
        int timeoutMs = 5 * 60 * 1000; // how long to wait for the browser
        bool usePkce = true;
    };

    explicit BrowserSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Starts listening and opens the browser; the outcome arrives as succeeded() or failed().
    void start(const Params &params);
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const;
    // Opens the browser again on the same attempt (the admin closed the tab).
    bool reopenBrowser();

signals:
    // The browser was asked to open `url` (opened: it accepted). The dialog offers the link to copy.
    void waitingForBrowser(const QUrl &url, bool opened);
    // The browser came back with a code; tokens are being fetched from `accountsUrl`.
    void exchanging(const QUrl &accountsUrl);
    // Something worth telling while waiting (a stray response with the wrong state, ...).
    void notice(const QString &message);
    void succeeded(const pmp::auth::SignInResult &result);
    void failed(const pmp::auth::SignInError &error);

private:
    void onCallback(const LoopbackReceiver::Callback &callback);
    void fail(const SignInError &error);

    TokenEndpoint m_endpoint;
    LoopbackReceiver *m_receiver = nullptr;
    Params m_params;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizationUrl;
    bool m_running = false;
};

} // namespace pmp::auth

Q_DECLARE_METATYPE(pmp::auth::SignInResult)
Q_DECLARE_METATYPE(pmp::auth::SignInError)
