#include "ChromiumDriver.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

bool ChromiumDriver::isAvailable()
{
    return QFileInfo(executable()).isExecutable();
}

ChromiumDriver::ChromiumDriver(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(QLatin1String("id")))
            m_replies.insert(message.value(QLatin1String("id")).toInt(), message);
    });
}

ChromiumDriver::~ChromiumDriver()
{
    stop();
}

void ChromiumDriver::openUrl(const QUrl &url)
{
    if (isRunning())
        return;
    m_opened = url;
    m_profileDir = std::make_unique<QTemporaryDir>();
    const QStringList args = {
        QStringLiteral("--headless"),
        QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--user-data-dir=") + m_profileDir->path(),
        QStringLiteral("--remote-debugging-address=127.0.0.1"),
        QStringLiteral("--remote-debugging-port=0"), // the chosen port lands in DevToolsActivePort
        QStringLiteral("--remote-allow-origins=*"),
        url.toString(QUrl::FullyEncoded),
    };
    // Chromium complains at length about the missing system bus; only its exit matters here.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(executable(), args);
}

int ChromiumDriver::devToolsPort() const
{
    if (!m_profileDir)
        return 0;
    QFile file(m_profileDir->filePath(QStringLiteral("DevToolsActivePort")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toInt();
}

bool ChromiumDriver::attachToPage(const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    if (!QTest::qWaitFor([this] { return devToolsPort() > 0; }, timeoutMs)) {
        m_error = QStringLiteral("Chromium did not open its DevTools port");
        return false;
    }
    QNetworkAccessManager nam;
    QUrl debuggerUrl;
    while (timer.elapsed() < timeoutMs && !debuggerUrl.isValid()) {
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(devToolsPort()))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            reply->abort();
        const QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        for (const QJsonValue &t : targets) {
            const QJsonObject o = t.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("page") &&
                o.value(QLatin1String("url")).toString().startsWith(prefix))
                debuggerUrl = QUrl(o.value(QLatin1String("webSocketDebuggerUrl")).toString());
        }
        if (!debuggerUrl.isValid())
            (void)QTest::qWaitFor([] { return false; }, 100); // let the page load before asking again
    }
    if (!debuggerUrl.isValid()) {
        m_error = QStringLiteral("no page at %1").arg(prefix);
        return false;
    }
    m_socket.open(debuggerUrl);
    if (!QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        m_error = QStringLiteral("DevTools WebSocket did not connect: %1").arg(m_socket.errorString());
        return false;
    }
    return true;
}

QJsonObject ChromiumDriver::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    const int id = m_nextId++;
    QJsonObject message{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([this, id] { return m_replies.contains(id); }, timeoutMs))
        return {};
    return m_replies.take(id);
}

QJsonValue ChromiumDriver::evaluate(const QString &expression, int timeoutMs)
{
    const QJsonObject reply =
        call(QStringLiteral("Runtime.evaluate"),
             {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}}, timeoutMs);
    return reply.value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("value"));
}

bool ChromiumDriver::waitFor(const QString &expression, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (evaluate(expression, 5000).toBool())
            return true;
        (void)QTest::qWaitFor([] { return false; }, 100);
    }
    return false;
}

bool ChromiumDriver::click(const QString &elementId)
{
    const QString id = elementId;
    const QString js =
        QStringLiteral(
            "(function(){var e=document.getElementById('%1'); if(!e) return false; e.click(); return true;})()")
            .arg(id);
    return evaluate(js).toBool();
}

void ChromiumDriver::stop()
{
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}
