#include "StaticTokenAuthenticator.h"

namespace pmp::api {

StaticTokenAuthenticator::StaticTokenAuthenticator(Kind kind, QByteArray token, QObject *parent)
    : Authenticator(parent), m_kind(kind), m_token(std::move(token))
{
}

QByteArray StaticTokenAuthenticator::authorizationHeader() const
{
    return headerFor(m_kind, m_token);
}

QByteArray StaticTokenAuthenticator::headerFor(Kind kind, const QByteArray &token)
{
    if (token.isEmpty())
        return {};
    return kind == Kind::Cloud ? QByteArrayLiteral("Zoho-oauthtoken ") + token : token;
}

} // namespace pmp::api
