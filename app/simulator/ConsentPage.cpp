#include "ConsentPage.h"

namespace pmp::sim {

namespace {

const char *style =
    "body{font-family:system-ui,-apple-system,'Segoe "
    "UI',sans-serif;background:#f4f6f9;margin:0;color:#1d2733}"
    ".card{max-width:34em;margin:4em auto;background:#fff;border-radius:8px;box-shadow:0 2px 12px "
    "rgba(0,0,0,.08);padding:2em}"
    "h1{font-size:1.3em;margin-top:0}ul{padding-left:1.2em}li{margin:.4em 0}code{font-size:.85em;color:#555}"
    ".actions{display:flex;gap:1em;margin-top:1.5em}button{font-size:1em;padding:.6em "
    "1.6em;border-radius:4px;border:1px solid #1565c0;cursor:pointer}"
    "#accept{background:#1565c0;color:#fff}#reject{background:#fff;color:#1565c0}.note{color:#666;font-size:."
    "85em}"
    ".error{color:#b71c1c}";

} // namespace

QString ConsentPage::scopeDescription(const QString &scope)
{
    const QStringList parts = scope.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return scope;
    QString area;
    if (parts.at(1) == QLatin1String("PatchMgmt"))
        area = QStringLiteral("patches, systems, deployments and automatic patch deployment");
    else if (parts.at(1) == QLatin1String("SOM"))
        area = QStringLiteral("remote offices and agent installation (scope of management)");
    else if (parts.at(1) == QLatin1String("Common"))
        area = QStringLiteral("managed computers, their summary and server properties");
    else if (parts.at(1) == QLatin1String("QueryReport"))
        area = QStringLiteral("query reports");
    else
        area = parts.at(1);
    const QString op = parts.at(2).toUpper();
    if (op == QLatin1String("READ"))
        return QStringLiteral("View %1").arg(area);
    if (op == QLatin1String("ALL"))
        return QStringLiteral("Full access to %1").arg(area);
    return QStringLiteral("Change %1").arg(area);
}

QString ConsentPage::consent(const QString &clientName, const QString &clientId, const QStringList &scopes,
                             const QString &redirectHost, const QString &ticket)
{
    QString items;
    for (const QString &scope : scopes)
        items += QStringLiteral("<li>%1<br><code>%2</code></li>\n")
                     .arg(scopeDescription(scope).toHtmlEscaped(), scope.toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>Zoho Accounts - Authorize %1</title>\n<style>%2</style>\n</head>\n<body>\n<div "
                          "class=\"card\">\n"
                          "<h1><strong>%1</strong> would like to access your Patch Manager Plus Cloud account</h1>\n"
                          "<p>Client ID <code>%3</code> will be allowed to:</p>\n<ul id=\"scopes\">\n%4</ul>\n"
                          "<form id=\"consent\" method=\"post\" action=\"/oauth/v2/auth/consent\">\n"
                          "<input type=\"hidden\" name=\"ticket\" value=\"%5\">\n"
                          "<div class=\"actions\">\n"
                          "<button type=\"submit\" id=\"accept\" name=\"decision\" value=\"accept\">Accept</button>\n"
                          "<button type=\"submit\" id=\"reject\" name=\"decision\" value=\"reject\">Reject</button>\n"
                          "</div>\n</form>\n"
                          "<p class=\"note\">You will be sent back to %6. This is the PatchDeck simulator's sign-in "
                          "page; "
                          "no real account is involved.</p>\n</div>\n</body>\n</html>\n")
        .arg(clientName.toHtmlEscaped(), QString::fromLatin1(style), clientId.toHtmlEscaped(), items,
             ticket.toHtmlEscaped(), redirectHost.toHtmlEscaped());
}

QString ConsentPage::error(const QString &errorName, const QString &description)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                          "charset=\"utf-8\">\n<title>Zoho Accounts - %1</title>\n"
                          "<style>%2</style>\n</head>\n<body>\n<div class=\"card\">\n<h1 class=\"error\" "
                          "id=\"error\">%1</h1>\n"
                          "<p id=\"description\">%3</p>\n</div>\n</body>\n</html>\n")
        .arg(errorName.toHtmlEscaped(), QString::fromLatin1(style), description.toHtmlEscaped());
}

} // namespace pmp::sim
