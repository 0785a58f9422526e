#include "ConsentBrowser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace pmp::test {

void ConsentBrowser::open(const QUrl &authorizationUrl)
{
    m_opened = authorizationUrl;
    QNetworkReply *page = m_nam.get(QNetworkRequest(authorizationUrl));
    connect(page, &QNetworkReply::finished, this, [this, page, authorizationUrl] {
        page->deleteLater();
        static const QRegularExpression ticketRe(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
        const auto match = ticketRe.match(QString::fromUtf8(page->readAll()));
        if (!match.hasMatch()) {
            m_error = QStringLiteral("no consent form");
            return;
        }
        QUrl consent = authorizationUrl;
        consent.setPath(QStringLiteral("/oauth/v2/auth/consent"));
        consent.setQuery(QString());
        QNetworkRequest post(consent);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *decided = m_nam.post(post, "ticket=" + QUrl::toPercentEncoding(match.captured(1)) +
                                                      "&decision=" + m_decision.toLatin1());
        connect(decided, &QNetworkReply::finished, this, [this, decided] {
            decided->deleteLater();
            const QUrl back = QUrl::fromEncoded(decided->rawHeader("Location"));
            m_redirect = back;
            QNetworkReply *landing = m_nam.get(QNetworkRequest(back));
            connect(landing, &QNetworkReply::finished, this, [this, landing] {
                landing->deleteLater();
                m_landing = landing->readAll();
            });
        });
    });
}

} // namespace pmp::test
