#pragma once

#include <QString>
#include <QStringList>

namespace pmp::sim {

// The HTML of the accounts server: the consent page a browser shows during sign-in (a form with the
// two buttons "accept" and "reject") and the error page for a bad authorization request. Every value
// that came from the request is HTML-escaped.
class ConsentPage
{
public:
    static QString consent(const QString &clientName, const QString &clientId, const QStringList &scopes,
                           const QString &redirectHost, const QString &ticket);
    static QString error(const QString &errorName, const QString &description);
    static QString scopeDescription(const QString &scope);
};

} // namespace pmp::sim
