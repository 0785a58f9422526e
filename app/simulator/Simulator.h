#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace pmp::sim {

struct SimulatorOptions
{
    quint64 seed = 1;
    int computers = 250;
    int patches = 600;
    QString staticToken; // accepted as "Zoho-oauthtoken <t>" (also "Bearer <t>" and bare "<t>")
    bool quirks = false;
    // Some computers, patches, offices, groups, policies and tasks get names an attacker would choose
    // (markup, formulas, 10,000 characters, right-to-left): see FleetGenerator::hostileNames().
    bool hostileNames = false;
    QString faults; // fault spec, see FaultSpec.h
    int accessTokenLifetimeSecs = 3600;
    int authCodeLifetimeSecs = 120;
    int deployDelayMs = 0; // how long a Deploy takes before targets show Installed/Failed
    QString clientId = QStringLiteral("1000.PATCHDECKSIM");
    QString clientSecret = QStringLiteral("patchdeck-sim-secret");
};

class SimulatorCore;

// A Patch Manager Plus Cloud server and its Zoho accounts server on one loopback port, serving a
// seeded, deterministic fleet. Everything runs on the thread that owns the object.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(const SimulatorOptions &options, QObject *parent = nullptr);
    ~Simulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost,
                quint16 port = 0); // refuses non-loopback
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;
    void setQuirks(bool on);
    bool setFaults(const QString &spec, QString *error = nullptr);
    int faultsFired() const; // times the fault rules fired since the spec was set

    // Test hooks
    QString mintAccessToken(const QStringList &scopes);
    QString mintAuthorizationCode(const QStringList &scopes, const QString &redirectUri = {}); // Self Client code
    void expireAccessTokens(); // every access token minted so far now gets INVALID_OAUTHTOKEN

    struct RecordedRequest
    {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray authorization;
        QByteArray accept;
        QByteArray contentType;
        int status = 0; // 0 until answered; -1 when the connection was dropped on purpose
    };
    QList<RecordedRequest> requests() const; // everything received, in order
    void clearRequests();
    int tokenRequestCount() const; // /oauth/v2/token calls, for refresh tests

signals:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    std::unique_ptr<SimulatorCore> m_core;
};

} // namespace pmp::sim
