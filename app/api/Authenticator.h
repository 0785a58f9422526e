#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QObject>

namespace pmp::api {

// Supplies the Authorization header and, where it can, fresh tokens. The transport asks for one
// refresh at a time (single flight) and replays the requests that waited for it.
class Authenticator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The full header value ("Zoho-oauthtoken <t>" for cloud, the raw token on premises). Empty: none.
    virtual QByteArray authorizationHeader() const = 0;
    // True when the current token is known to be expired or about to expire (refresh before sending).
    virtual bool needsRefresh() const { return false; }
    virtual bool canRefresh() const { return false; }
    // Starts an asynchronous refresh; must end with refreshed() or refreshFailed().
    virtual void refresh() {}
    // A secret the log redactor must never let through (the current token).
    virtual QByteArray currentSecret() const { return {}; }

    // Incremental authorization: whether the current grant includes `scope`
    // ("PatchManagerPlusCloud.PatchMgmt.UPDATE"), and a way to ask the user for more. Static tokens
    // carry whatever the server gave them, so they report true and never ask.
    virtual bool hasScope(const QString &scope) const
    {
        Q_UNUSED(scope);
        return true;
    }
    // Starts an interactive request for additional scopes; ends with scopesGranted() or scopesDenied().
    virtual void requestScopes(const QStringList &scopes) { Q_UNUSED(scopes); }

signals:
    void refreshed();
    void refreshFailed(const pmp::api::ApiError &error);
    void scopesGranted(const QStringList &scopes);
    void scopesDenied(const pmp::api::ApiError &error);
};

} // namespace pmp::api
