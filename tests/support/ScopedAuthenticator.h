#pragma once

// Shared by the tests of incremental authorization (ActionRunnerTest, the write-action GUI tests): a
// cloud grant whose scopes the test chooses, minted by the simulator, and a stand-in for the admin's
// browser consent that grants, refuses or waits for the test to decide.

#include "api/ApiError.h"
#include "api/Authenticator.h"
#include "simulator/Simulator.h"

#include <QMetaObject>
#include <QStringList>

namespace pmp::test {

class ScopedAuthenticator : public pmp::api::Authenticator
{
public:
    // What requestScopes() does, on the next event-loop turn: grant (a new token with the scopes
    // added), refuse (scopesDenied), or nothing until the test calls grant() itself.
    enum class Consent
    {
        Grant,
        Refuse,
        Wait,
    };

    ScopedAuthenticator(pmp::sim::Simulator *simulator, QStringList scopes, Consent answer = Consent::Grant)
        : consent(answer), m_simulator(simulator), m_scopes(std::move(scopes))
    {
        m_token = m_simulator->mintAccessToken(m_scopes);
    }
    QByteArray authorizationHeader() const override { return "Zoho-oauthtoken " + m_token.toUtf8(); }
    QByteArray currentSecret() const override { return m_token.toUtf8(); }
    bool hasScope(const QString &scope) const override { return m_scopes.contains(scope); }
    void requestScopes(const QStringList &scopes) override
    {
        requested << scopes;
        if (consent == Consent::Wait)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, scopes, refuse = consent == Consent::Refuse] {
                if (refuse)
                    emit scopesDenied(
                        pmp::api::ApiError(pmp::api::ApiError::Kind::Forbidden, QStringLiteral("The admin said no.")));
                else
                    grant(scopes);
            },
            Qt::QueuedConnection);
    }
    void grant(const QStringList &scopes)
    {
        m_scopes << scopes;
        m_token = m_simulator->mintAccessToken(m_scopes);
        emit scopesGranted(scopes);
    }
    QString token() const { return m_token; }

    QStringList requested; // every scope asked for, in order
    Consent consent;

private:
    pmp::sim::Simulator *m_simulator;
    QStringList m_scopes;
    QString m_token;
};

} // namespace pmp::test
