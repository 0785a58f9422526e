#include "SignInHelp.h"

#include <QHostAddress>

namespace pmp::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString code(const QString &s)
{
    return QStringLiteral("<code>%1</code>").arg(esc(s));
}

QString link(const QUrl &url)
{
    const QString text = url.toString();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

QString steps(const QStringList &items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"margin-bottom:6px;\">") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style=\"margin-top:0;\">%1</h3>").arg(esc(text));
}

QString note(const QString &html)
{
    return QStringLiteral("<p><i>%1</i></p>").arg(html);
}

} // namespace

bool SignInHelp::looksLikeSimulator(const pmp::auth::DataCentre &dc)
{
    if (!dc.isCustom())
        return false;
    const QHostAddress host(dc.accountsUrl.host());
    return dc.accountsUrl.scheme() == QLatin1String("http") &&
           (dc.accountsUrl.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback()));
}

QString SignInHelp::browser(const pmp::auth::DataCentre &dc, const QString &redirectUri, const QStringList &scopes)
{
    QString html = heading(tr("Sign in through your browser"));
    if (looksLikeSimulator(dc)) {
        html += QStringLiteral("<p>") +
                tr("This address looks like <b>patchdeck-sim</b>, the simulator. It needs no client registration.") +
                QStringLiteral("</p>");
        html +=
            steps({tr("Click <b>Use simulator client</b>: it fills in the simulator's built-in client %1 and its "
                      "secret %2.")
                       .arg(code(simulatorClientId()), code(simulatorClientSecret())),
                   tr("Click <b>Sign in</b>. Your browser opens the simulator's consent page."),
                   tr("Click <b>Accept</b>. The tab then says you can close it, and PatchDeck opens the console.")});
        return html;
    }
    if (dc.isCustom())
        html += QStringLiteral("<p>") +
                tr("Enter the <b>Server URL</b> of Patch Manager Plus and the <b>Accounts URL</b> of its sign-in "
                   "server. For <b>patchdeck-sim</b>, both are the address it printed when it started (%1): type it "
                   "as the Server URL and the Accounts URL follows.")
                    .arg(code(QStringLiteral("listening on http://127.0.0.1:PORT"))) +
                QStringLiteral("</p>");
    const QString uri = redirectUri.isEmpty() ? QStringLiteral("http://127.0.0.1:<port>/callback") : redirectUri;
    QStringList list;
    if (dc.isCustom()) {
        list << tr("Open your accounts server's API console and sign in as an administrator.");
    } else {
        list << tr("Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus "
                   "administrator account.")
                    .arg(esc(dc.displayName()), link(dc.apiConsoleUrl));
    }
    list << tr("Click <b>GET STARTED</b> (or <b>ADD CLIENT</b>), choose <b>Server-based Applications</b> and click "
               "<b>CREATE NOW</b>.");
    list << tr("Fill in: <b>Client Name</b> %1; <b>Homepage URL</b> any address of your organisation, for example "
               "%2; <b>Authorized Redirect URIs</b> exactly %3")
                .arg(code(QStringLiteral("PatchDeck")), code(QStringLiteral("https://www.example.com")), code(uri));
    if (redirectUri.isEmpty())
        list << tr("Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs "
                   "exactly: choose <b>Use a fixed port</b> unless your accounts server accepts any loopback port.");
    list << tr("Click <b>CREATE</b>. On the <b>Client Secret</b> tab, copy the <b>Client ID</b> and the "
               "<b>Client Secret</b> into the fields on the left.");
    list << tr("If colleagues in other data centres will use this client, open its <b>Settings</b> and enable "
               "<b>Multi-DC</b>; PatchDeck follows the data centre Zoho names after sign-in.");
    list << tr("Click <b>Sign in</b>. Your browser opens Zoho's consent page; check that it asks only to <b>read</b> "
               "(%1) and click <b>Accept</b>. The tab then says you can close it.")
                .arg(esc(scopes.join(QStringLiteral(", "))));
    html += steps(list);
    html += note(tr("PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first "
                    "time you approve, install or scan. A profile that never writes never holds them."));
    if (!dc.isCustom())
        html += note(tr("Connecting to patchdeck-sim, a test tenant or a proxy? Choose <b>Custom server</b> under "
                        "<b>Data centre</b>."));
    return html;
}

QString SignInHelp::selfClient(const pmp::auth::DataCentre &dc, const QStringList &scopes)
{
    QString html = heading(tr("Sign in with a Self Client code"));
    QStringList list;
    if (dc.isCustom())
        list << tr("Open your accounts server's API console and sign in as an administrator.");
    else
        list << tr("Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus "
                   "administrator account.")
                    .arg(esc(dc.displayName()), link(dc.apiConsoleUrl));
    list << tr("Choose <b>Self Client</b> and click <b>CREATE NOW</b>, then <b>OK</b> (only the first time).");
    list << tr("On the <b>Client Secret</b> tab, copy the <b>Client ID</b> and <b>Client Secret</b> into the fields "
               "on the left.");
    QString scopeList;
    for (const QString &s : scopes)
        scopeList += QStringLiteral("<br>") + code(s);
    list << tr("On the <b>Generate Code</b> tab, paste the scopes (<b>Copy</b> next to <b>Scopes</b> on the left "
               "gives them comma-separated):%1<br>pick a <b>Time Duration</b> (10 minutes leaves time to paste), type "
               "a description such as %2 and click <b>CREATE</b>.")
                .arg(scopeList, code(QStringLiteral("PatchDeck")));
    list << tr("Copy the code, paste it into <b>Grant code</b> and click <b>Sign in</b> right away: a code works "
               "once, and only until its time runs out.");
    html += steps(list);
    html += note(tr("Tick <b>Include write permissions</b> to generate a code that also allows approving, "
                    "installing and scanning; the scope list above follows it."));
    return html;
}

QString SignInHelp::onPremises()
{
    QString html = heading(tr("Connect to an on-premises server"));
    QStringList list;
    list << tr("Enter the server's address with its https port, for example %1.")
                .arg(code(QStringLiteral("https://patch.example.com:8383")));
    list << tr("In the Patch Manager Plus web console, open <b>Admin → Integrations → API Key Management</b>, create "
               "a key for PatchDeck and paste it into <b>API token</b>.");
    list << tr("Click <b>Sign in</b>. PatchDeck checks the token with one read before keeping it in your keychain.");
    html += steps(list);
    html += note(tr("The token is sent only over https. If your server uses a certificate from your own CA, add that "
                    "CA under <b>Network…</b>; certificate errors are shown, never ignored."));
    return html;
}

} // namespace pmp::ui
