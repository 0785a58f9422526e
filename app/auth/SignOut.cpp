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
    auto report = [this, profile, revoked, revokeProblem](bool removed, const QString &storeProblem) {
        QString message;
        if (!removed)
            message = tr("The tokens of \"%1\" could not be removed from the keychain: %2").arg(profile.name, storeProblem);
        else if (revoked || profile.kind != Profile::Kind::Cloud)
            message = tr("Signed out of \"%1\". Its tokens were removed from this computer.").arg(profile.name);
        else if (!revokeProblem.isEmpty())
            message = tr("Signed out of \"%1\" on this computer, but Zoho could not be told (%2). To be sure, remove "
                         "PatchDeck under Connected Apps in your Zoho account.")
                          .arg(profile.name, revokeProblem);
        else
            message = tr("Signed out of \"%1\".").arg(profile.name);
        emit finished(revoked, removed, message);
    };
    if (!m_store) {
        report(true, {});
        return;
    }
    m_store->remove(profile.id, this, [report](const TokenStore::Result &r) { report(r.ok(), r.message); });
}

} // namespace pmp::auth
