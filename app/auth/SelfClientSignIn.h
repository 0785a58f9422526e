#pragma once

#include "SignInError.h"
#include "SignInResult.h"
#include "TokenEndpoint.h"

#include <QObject>

class QNetworkAccessManager;

namespace pmp::auth {

// Sign-in with a grant code the admin generated in the API console (Self Client, reference §1.5 A)
// and pasted into PatchDeck. The code is exchanged at once, because it expires within minutes and
// works only once; both failures get their own clear message.
class SelfClientSignIn : public QObject
{
    Q_OBJECT
public:
    struct Params
    {
        QUrl accountsUrl;
        QString clientId;
        QByteArray clientSecret;
        QString code;       // pasted; surrounding whitespace is ignored
        QStringList scopes; // the scopes the admin entered when generating the code
    };

    explicit SelfClientSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);

    void start(const Params &params);
    bool isRunning() const { return m_running; }

signals:
    void succeeded(const pmp::auth::SignInResult &result);
    void failed(const pmp::auth::SignInError &error);

private:
    void fail(const SignInError &error);

    TokenEndpoint m_endpoint;
    bool m_running = false;
};

} // namespace pmp::auth
