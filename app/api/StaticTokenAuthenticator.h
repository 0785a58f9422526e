#pragma once

#include "Authenticator.h"

namespace pmp::api {

// A fixed token: an on-premises API key, the demo simulator's token, or PATCHDECK_TOKEN for export.
class StaticTokenAuthenticator : public Authenticator
{
    Q_OBJECT
public:
    enum class Kind
    {
        Cloud,
        OnPremises
    };

    StaticTokenAuthenticator(Kind kind, QByteArray token, QObject *parent = nullptr);

    QByteArray authorizationHeader() const override;
    QByteArray currentSecret() const override { return m_token; }

    // "Zoho-oauthtoken <t>" for cloud, the bare token for an on-premises server (reference §1.9, §4.3).
    static QByteArray headerFor(Kind kind, const QByteArray &token);

private:
    Kind m_kind;
    QByteArray m_token;
};

} // namespace pmp::api
