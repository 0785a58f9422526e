#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace pmp::api {
class WriteRequest;
}

namespace pmp::actions {

// Exactly what a write will send, for the confirmation dialog: method, URL with its query, content
// type and the body as the client serialises it (only operations that take a body send one).
class RequestPreview
{
    Q_DECLARE_TR_FUNCTIONS(pmp::actions::RequestPreview)

public:
    // "POST" / "PUT".
    static QString method(const pmp::api::WriteRequest &request);
    // The path with its query ("/api/1.4/patch/suspendAPDTask?taskname=Weekly"), percent-decoded
    // for reading.
    static QString pathAndQuery(const pmp::api::WriteRequest &request);
    // The full URL on `server` (the transport's base URL).
    static QUrl url(const pmp::api::WriteRequest &request, const QUrl &server);
    // Whether a body is sent at all (E09 scanall and the APD task actions send none).
    static bool hasBody(const pmp::api::WriteRequest &request);
    // The Content-Type header sent with the body ("application/declinePatches.v1+json" for E30).
    static QString contentType(const pmp::api::WriteRequest &request);
    // The body as sent (compact) and indented for reading; empty without a body.
    static QByteArray compactBody(const pmp::api::WriteRequest &request);
    static QString prettyBody(const pmp::api::WriteRequest &request);
    // Method, URL, content type and pretty body, the way the details pane shows them.
    static QString describe(const pmp::api::WriteRequest &request, const QUrl &server);
};

} // namespace pmp::actions
