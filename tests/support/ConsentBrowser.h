#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

namespace pmp::test {

// Plays the admin's browser without one: loads the simulator's consent page, submits Accept or
// Reject, and follows Zoho's redirect to PatchDeck's loopback receiver. Install it as the system
// browser with BrowserLauncher::setSystemOpener; each open() plays one sign-in.
class ConsentBrowser : public QObject
{
public:
    explicit ConsentBrowser(const QString &decision) : m_decision(decision) {}

    void open(const QUrl &authorizationUrl);

    QUrl opened() const { return m_opened; }
    QUrl redirect() const { return m_redirect; }
    QByteArray landing() const { return m_landing; }
    QString error() const { return m_error; }

private:
    QString m_decision;
    QNetworkAccessManager m_nam;
    QUrl m_opened;
    QUrl m_redirect;
    QByteArray m_landing;
    QString m_error;
};

} // namespace pmp::test
