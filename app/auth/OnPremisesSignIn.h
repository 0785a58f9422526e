#pragma once

#include "SignInError.h"
#include "SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace pmp::auth {

// Sign-in to an on-premises Patch Manager Plus server: its URL and an API token the admin created
// there, sent as the raw Authorization header (landscape §4.3). The token is checked with one
// cheap read (E34 SoM summary) before it is kept, so a typo or an untrusted certificate shows up
// here, with the certificate's details, and not later in a view.
class OnPremisesSignIn : public QObject
{
    Q_OBJECT
public:
    struct Params
    {
        QUrl serverUrl;
        QByteArray token;
    };

    explicit OnPremisesSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);

    void start(const Params &params);
    bool isRunning() const { return m_running; }
    // Accepts "server:8383", "https://server:8383/", ...; empty when the text cannot be a server URL.
    static QUrl normalizeServerUrl(const QString &text);

signals:
    void succeeded(const pmp::auth::SignInResult &result);
    void failed(const pmp::auth::SignInError &error);

private:
    void fail(const SignInError &error);

    QPointer<QNetworkAccessManager> m_network;
    bool m_running = false;
};

} // namespace pmp::auth
