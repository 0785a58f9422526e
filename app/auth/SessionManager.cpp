#include "SessionManager.h"

#include "DataCentres.h"
#include "LogRedactor.h"
#include "OAuthAuthenticator.h"
#include "ProfileStore.h"
#include "TokenStore.h"

#include "api/Connection.h"
#include "api/StaticTokenAuthenticator.h"

#include <QUuid>

namespace pmp::auth {

SessionManager::SessionManager(ProfileStore *profiles, TokenStore *tokens, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_tokens(tokens)
{
}

SessionManager::~SessionManager()
{
    m_connection.reset();
}

OAuthAuthenticator *SessionManager::oauth() const
{
    return m_connection ? qobject_cast<OAuthAuthenticator *>(m_connection->authenticator()) : nullptr;
}

void SessionManager::open(const QString &profileId)
{
    const int generation = ++m_generation;
    const Profile profile = m_profiles ? m_profiles->profile(profileId) : Profile{};
    if (!profile.isValid()) {
        QMetaObject::invokeMethod(
            this,
            [this, profile] {
                emit openFailed(profile, Problem::UnknownProfile, tr("This profile no longer exists."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_tokens->load(profile.id, this, [this, profile, generation](const TokenStore::Result &r) {
        if (generation != m_generation)
            return;
        if (r.ok() && !r.tokens.isEmpty()) {
            connectWith(profile, r.tokens);
            return;
        }
        Problem problem = Problem::NoTokens;
        QString message;
        if (r.status == TokenStore::Status::Unavailable) {
            problem = Problem::KeychainUnavailable;
            message = tr("The keychain is not available, so the sign-in of \"%1\" cannot be read: %2")
                          .arg(profile.name, r.message);
        } else if (r.status == TokenStore::Status::Failed) {
            problem = Problem::KeychainError;
            message = r.message;
        } else if (profile.sessionOnly) {
            message = tr("\"%1\" kept its sign-in for one session only. Sign in again.").arg(profile.name);
        } else {
            message = tr("\"%1\" is not signed in. Sign in to continue.").arg(profile.name);
        }
        emit openFailed(profile, problem, message);
    });
}

Profile SessionManager::merged(Profile profile, const SignInResult &result, bool sessionOnly)
{
    if (profile.kind == Profile::Kind::Cloud) {
        if (result.accountsUrl.isValid())
            profile.accountsUrl = result.accountsUrl;
        // A multi-DC client may have been used from another data centre than the one picked.
        if (result.dataCentre.isValid() && !result.dataCentre.isCustom() &&
            profile.dataCentreId != QLatin1String("custom") && profile.dataCentreId != result.dataCentre.id) {
            profile.dataCentreId = result.dataCentre.id;
            profile.serverUrl = result.dataCentre.serverUrl;
        }
        if (!result.location.isEmpty())
            profile.location = result.location;
        profile.grantedScopes = result.tokens.grantedScopes;
    }
    profile.sessionOnly = sessionOnly;
    return profile;
}

void SessionManager::adopt(Profile profile, const SignInResult &result)
{
    const bool sessionOnly = m_tokens->mode() == TokenStore::Mode::SessionOnly;
    profile = merged(profile, result, sessionOnly);
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // names the keychain entry
    for (const QByteArray &s : result.tokens.secrets())
        LogRedactor::registerSecret(s);
    const int generation = ++m_generation;
    m_tokens->save(profile.id, result.tokens, this, [this, profile, result, generation](const TokenStore::Result &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            emit adoptFailed(profile,
                             r.status == TokenStore::Status::Unavailable ? Problem::KeychainUnavailable
                                                                         : Problem::KeychainError,
                             r.message);
            return;
        }
        const Profile saved = m_profiles->save(profile);
        m_profiles->setCurrentId(saved.id);
        connectWith(saved, result.tokens);
    });
}

void SessionManager::close()
{
    ++m_generation;
    if (!m_connection)
        return;
    auto *old = m_connection.release();
    m_current = {};
    emit connectionChanged(nullptr, m_current);
    old->deleteLater();
}

void SessionManager::connectWith(const Profile &profile, const TokenSet &tokens)
{
    std::unique_ptr<pmp::api::Authenticator> authenticator;
    if (profile.kind == Profile::Kind::OnPremises) {
        authenticator = std::make_unique<pmp::api::StaticTokenAuthenticator>(
            pmp::api::StaticTokenAuthenticator::Kind::OnPremises, tokens.accessToken);
    } else {
        auto oauth = std::make_unique<OAuthAuthenticator>(profile, tokens, m_tokens, &m_network);
        connect(oauth.get(), &OAuthAuthenticator::signInRequired, this,
                [this, profile](const QString &message) { emit signInRequired(profile, message); });
        connect(oauth.get(), &OAuthAuthenticator::throttled, this,
                [this](const QDateTime &, const QString &message) { emit notice(message); });
        connect(oauth.get(), &OAuthAuthenticator::retryScheduled, this,
                [this](const QDateTime &, const QString &message) { emit notice(message); });
        connect(oauth.get(), &OAuthAuthenticator::persistFailed, this, [this](const QString &message) {
            emit notice(tr("The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck "
                           "closes.")
                            .arg(message));
        });
        connect(oauth.get(), &OAuthAuthenticator::profileChanged, this, [this](const Profile &p) {
            if (m_profiles && m_profiles->contains(p.id))
                m_profiles->save(p);
            if (p.id == m_current.id)
                m_current = p;
        });
        authenticator = std::move(oauth);
    }
    auto next = std::make_unique<pmp::api::Connection>(profile.serverUrl, std::move(authenticator));
    pmp::api::Connection *old = m_connection.release();
    m_connection = std::move(next);
    m_current = profile;
    if (m_profiles && m_remembersCurrent)
        m_profiles->setCurrentId(profile.id);
    emit connectionChanged(m_connection.get(), profile);
    if (old)
        old->deleteLater();
}

} // namespace pmp::auth
