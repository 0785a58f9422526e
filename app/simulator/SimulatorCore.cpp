#include "SimulatorCore.h"
#include "Latin1.h"

#include "DroppingSocket.h"
#include "FleetGenerator.h"
#include "LoopbackTcpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace pmp::sim {

SimulatorCore::SimulatorCore(Simulator *owner, const SimulatorOptions &options)
    : m_owner(owner), m_options(options),
      m_fleet(options.seed), m_context{m_fleet, m_writer, m_clock, m_scheduler, std::max(0, options.deployDelayMs)},
      m_tokens(m_clock, options.accessTokenLifetimeSecs, options.authCodeLifetimeSecs),
      m_accounts(m_tokens, m_writer, m_clock, options.clientId, options.clientSecret),
      m_router(m_context, m_accounts, m_tokens)
{
    FleetGenerator::generate(m_fleet, options.computers, options.patches, options.hostileNames);
    m_writer.setQuirks(options.quirks);
    m_tokens.setStaticToken(options.staticToken.trimmed());
    if (!options.faults.trimmed().isEmpty()) {
        QString error;
        if (!setFaults(options.faults, &error)) {
            m_error = error;
            qWarning("pmp::sim: ignoring the fault spec: %s", qPrintable(error));
        }
    }
    m_http = std::make_unique<HttpCompat>(
        [this](const SimRequest &request, const std::shared_ptr<HttpCompat::Reply> &reply) {
            onRequest(request, reply);
        });
}

SimulatorCore::~SimulatorCore() = default;

bool SimulatorCore::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_error = s("Refusing to listen on %1: the simulator only listens on loopback (127.0.0.1 or ::1)")
                      .arg(address.toString());
        return false;
    }
    auto *server = new LoopbackTcpServer(m_http.get());
    if (!server->listen(address, port)) {
        m_error = s("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    if (!m_http->attach(server)) {
        m_error = s("The HTTP server could not take over the listening socket");
        delete server;
        return false;
    }
    m_port = server->serverPort();
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? s("[%1]").arg(address.toString()) : address.toString();
    m_baseUrl = QUrl(s("http://%1:%2").arg(host).arg(m_port));
    m_accounts.setBaseUrl(m_baseUrl);
    m_error.clear();
    return true;
}

bool SimulatorCore::setFaults(const QString &spec, QString *error)
{
    QString message;
    const auto parsed = FaultSpec::parse(spec, &message);
    if (!parsed) {
        if (error)
            *error = message;
        return false;
    }
    m_faults.setSpec(*parsed);
    if (error)
        error->clear();
    return true;
}

void SimulatorCore::clearRequests()
{
    m_records.clear();
    ++m_recordGeneration;
}

SimResponse SimulatorCore::faultResponse(const FaultRule &rule, const SimRequest &request) const
{
    const bool dcapi = request.path.startsWith(QLatin1String("/dcapi/"));
    const bool oauth = request.path.startsWith(QLatin1String("/oauth/"));
    auto jsonError = [&](int status, const QString &code, const QString &text) {
        if (oauth)
            return m_writer.json(status, QJsonObject{{s("error"), code.toLower()}, {s("error_description"), text}});
        if (dcapi)
            return m_writer.dcapiError(status, code, text);
        return m_writer.json(
            status, QJsonObject{{s("status"), s("error")}, {s("error_code"), code}, {s("error_description"), text}});
    };
    switch (rule.kind) {
    case FaultKind::ServerError: {
        QString code = s("INTERNAL_ERROR");
        QString text = s("dc.rest.api_internal_error");
        if (rule.status == 502)
            code = s("BAD_GATEWAY"), text = s("The upstream server did not answer");
        else if (rule.status == 503)
            code = s("SERVICE_UNAVAILABLE"), text = s("The service is temporarily unavailable");
        else if (rule.status == 504)
            code = s("GATEWAY_TIMEOUT"), text = s("The upstream server timed out");
        return jsonError(rule.status, code, text);
    }
    case FaultKind::Html:
        // A maintenance or sign-in page served by a proxy in front of the API: HTML with HTTP 200.
        return m_writer.html(200, s("Patch Manager Plus Cloud"), s("We'll be back shortly"),
                             s("<p>Patch Manager Plus Cloud is undergoing scheduled maintenance. Please try "
                               "again in a few minutes.</p>"));
    case FaultKind::Throttle: {
        if (m_writer.quirks())
            return m_writer.html(
                200, s("Too Many Requests"), s("Too many requests"),
                s("<p>You have made too many requests continuously. Please try again after some time.</p>"));
        const bool saysHowLong = rule.retryAfterSecs != FaultRule::NoRetryAfter;
        SimResponse r = jsonError(
            429, s("TOO_MANY_REQUESTS"),
            saysHowLong ? s("You have made too many requests continuously. Please try again after %1 seconds.")
                              .arg(rule.retryAfterSecs)
                        : s("You have made too many requests continuously. Please try again after some time."));
        if (saysHowLong)
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rule.retryAfterSecs)});
        return r;
    }
    case FaultKind::Denied:
        // A corporate proxy or web application firewall in front of the API.
        return m_writer.html(403, s("Access Denied"), s("Access Denied"),
                             s("<p>You don't have permission to access this resource on this server.</p>"));
    case FaultKind::Redirect: {
        SimResponse r = m_writer.html(302, s("Moved"), s("Moved"), s("<p>This resource has moved.</p>"));
        QUrl to(rule.to);
        to.setPath(request.path);
        to.setQuery(request.query);
        r.headers.append({QByteArrayLiteral("Location"), to.toEncoded()});
        return r;
    }
    default:
        return {};
    }
}

// Rewrites the paging a request asks for, as a server that ignores it or serves a page twice would.
SimRequest SimulatorCore::withPagingLie(SimRequest request, FaultKind kind)
{
    for (const QString &name : {s("page"), s("startIndex")}) {
        if (!request.query.hasQueryItem(name))
            continue;
        const qint64 asked = request.param(name).toLongLong();
        request.query.removeQueryItem(name);
        if (kind == FaultKind::Duplicate) {
            const qint64 step =
                name == QLatin1String("page") ? 1 : qMax<qint64>(1, request.param(s("limit")).toLongLong());
            request.query.addQueryItem(
                name, QString::number(qMax<qint64>(name == QLatin1String("page") ? 1 : 0, asked - step)));
        }
    }
    return request;
}

// States a total that is off by `by` times the number of times the rule fired.
void SimulatorCore::lieAboutTotal(SimResponse &response, qint64 by)
{
    QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isObject())
        return;
    QJsonObject root = doc.object();
    const auto shift = [by](QJsonObject &o, const QString &key) {
        if (!o.contains(key))
            return false;
        const qint64 total = o.value(key).toVariant().toLongLong();
        o.insert(key,
                 o.value(key).isString() ? QJsonValue(QString::number(total + by)) : QJsonValue(double(total + by)));
        return true;
    };
    for (const QString &container : {s("message_response"), s("metadata")}) {
        QJsonObject inner = root.value(container).toObject();
        if (shift(inner, s("total")) || shift(inner, s("totalRecords")))
            root.insert(container, inner);
    }
    response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void SimulatorCore::onRequest(const SimRequest &incoming, const std::shared_ptr<HttpCompat::Reply> &reply)
{
    SimRequest request = incoming;
    Simulator::RecordedRequest record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.query;
    record.body = request.body;
    record.authorization = request.header("authorization");
    record.accept = request.header("accept");
    record.contentType = request.header("content-type");
    request.recordIndex = int(m_records.size());
    m_records.append(record);

    const FaultDecision decision = m_faults.decide(request.method, request.path);
    const int generation = m_recordGeneration;
    auto answer = [this, request, reply, decision, generation] {
        std::optional<FaultKind> kind;
        if (decision.fault)
            kind = decision.fault->kind;
        const bool replaces =
            kind && (*kind == FaultKind::ServerError || *kind == FaultKind::Html || *kind == FaultKind::Throttle ||
                     *kind == FaultKind::Denied || *kind == FaultKind::Redirect);
        const bool liesAboutPaging = kind == FaultKind::IgnorePaging || kind == FaultKind::Duplicate;
        SimResponse response = replaces ? faultResponse(*decision.fault, request)
                                        : m_router.route(liesAboutPaging ? withPagingLie(request, *kind) : request);
        if (kind == FaultKind::Total)
            lieAboutTotal(response, qint64(decision.fault->by) * decision.fired);
        if (kind == FaultKind::Huge)
            response.body.append(QByteArray(qint64(decision.fault->mb) * 1024 * 1024, ' '));
        int status = response.status;
        if (kind == FaultKind::Truncate) {
            response.body = response.body.left(response.body.size() / 2); // Content-Length matches the cut body
        } else if (kind == FaultKind::Drop) {
            response.body.insert(response.body.size() / 2, DroppingSocket::marker());
            status = -1;
        }
        reply->send(response);
        if (generation == m_recordGeneration && request.recordIndex < m_records.size())
            m_records[request.recordIndex].status = status;
        Q_EMIT m_owner->requestHandled(request.method, request.path, status);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(decision.latencyMs, this, answer);
    else
        answer();
}

} // namespace pmp::sim
