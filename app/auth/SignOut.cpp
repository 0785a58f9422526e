#include "SignOut.h"

#include "AccountsTrust.h"
#include "TokenStore.h"

namespace pmp::auth {

SignOut::SignOut(TokenStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_store(store), m_endpoint(network, this)
{
}

void SignOut::start(const Profile &profile)
{
    if (!m_store) {
        start(profile, TokenSet{});
        return;
    }
    m_store->load(profile.id, this, [this, profile](const TokenStore::Result &r) { start(profile, r.tokens); });
}

void SignOut::start(const Profile &profile, const TokenSet &tokens)
{
    if (profile.kind != Profile::Kind::Cloud || tokens.refreshToken.isEmpty()) {
        removeLocal(profile, false, {});
        return;
    }
    if (!AccountsTrust::isTrusted(profile.accountsUrl, profile)) {
        // The refresh token is a secret: it goes to Zoho or the profile's own server only.
        removeLocal(profile, false,
                    tr("%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there")
                        .arg(profile.accountsUrl.host()));
        return;
    }
    m_endpoint.revoke(profile.accountsUrl, tokens.refreshToken, [this, profile](const TokenResponse &r) {
        removeLocal(profile, r.ok(), r.ok() ? QString() : r.message);
    });
}

void SignOut::removeLocal(const Profile &profile, bool revoked, const QString &revokeProblem)
{
    const QString service = m_store ? m_store->service() : TokenStore::defaultService();
    auto report = [this, profile, revoked, revokeProblem, service](bool removed, const QString &storeProblem) {
        emit finished(revoked, removed, summary(profile, revoked, revokeProblem, removed, storeProblem, service));
    };
    if (!m_store) {
        report(true, {});
        return;
    }
    m_store->remove(profile.id, this, [report](const TokenStore::Result &r) { report(r.ok(), r.message); });
}

QString SignOut::summary(const Profile &profile, bool revoked, const QString &revokeProblem, bool removed,
                         const QString &storeProblem, const QString &service)
{
    const bool cloud = profile.kind == Profile::Kind::Cloud;
    if (removed) {
        if (revoked || !cloud)
            return tr("Signed out of \"%1\". Its tokens were removed from this computer.").arg(profile.name);
        if (!revokeProblem.isEmpty())
            return tr("Signed out of \"%1\" on this computer, but Zoho could not be told (%2). To be sure, remove "
                      "PatchDeck under Connected Apps in your Zoho account.")
                .arg(profile.name, revokeProblem);
        return tr("Signed out of \"%1\".").arg(profile.name);
    }
    // The keychain entry may still be there: say so, and whether it still works.
    QString text = tr("Signed out of \"%1\": PatchDeck no longer holds its tokens in memory, but did not remove them "
                      "from the keychain. %2 Any copy stored there stays; to remove it, delete the entry \"%3\" of "
                      "\"%4\" with your keychain's manager.")
                       .arg(profile.name, storeProblem, TokenStore::keyFor(profile.id), service);
    if (!cloud)
        return text;
    if (revoked)
        return text + QLatin1Char(' ') + tr("Zoho revoked the sign-in, so such a copy no longer works.");
    if (!revokeProblem.isEmpty())
        return text + QLatin1Char(' ') +
               tr("Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.")
                   .arg(revokeProblem);
    return text + QLatin1Char(' ') +
           tr("Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under "
              "Connected Apps in your Zoho account to end it.");
}

} // namespace pmp::auth
