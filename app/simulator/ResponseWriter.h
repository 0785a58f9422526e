#pragma once

#include "SimResponse.h"

#include "api/Operation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace pmp::sim {

// Builds the four response shapes of reference §2.1 and every error body, and applies --quirks:
// JSON served as text/plain, numbers and booleans inside message_response as strings, errors of the
// legacy API inside HTTP 200.
class ResponseWriter
{
public:
    void setQuirks(bool on) { m_quirks = on; }
    bool quirks() const { return m_quirks; }

    QByteArray jsonContentType() const;

    // Shape A: {message_type, message_response{...}, message_version, status[, response_code]}.
    SimResponse envelope(const api::Operation &op, const QJsonObject &messageResponse) const;
    SimResponse listEnvelope(const api::Operation &op, const QJsonArray &items, qint64 total, int limit,
                             int page) const;
    // Shape B: /dcapi/threats with metadata.
    SimResponse threats(const api::Operation &op, const QString &path, const QUrlQuery &query, const QJsonArray &items,
                        qint64 total, int page, int pageLimit) const;
    // Shapes C and D.
    SimResponse bare(const QJsonObject &object) const;
    SimResponse json(int status, const QJsonObject &object) const;

    // {"status":"error","error_code","error_description","message_type"}; HTTP 200 under quirks.
    SimResponse legacyError(const api::Operation *op, int status, const QString &code,
                            const QString &description) const;
    // {"errorCode","errorMessage"} of the /dcapi family (E30 documents it); the status is kept.
    SimResponse dcapiError(int status, const QString &code, const QString &message) const;
    // The right family for the operation's path.
    SimResponse error(const api::Operation &op, int status, const QString &code, const QString &description) const;

    SimResponse html(int status, const QString &title, const QString &heading, const QString &bodyHtml) const;

    static QJsonValue stringified(const QJsonValue &value);

private:
    bool m_quirks = false;
};

} // namespace pmp::sim
