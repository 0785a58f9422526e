#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <memory>

// A real headless Chromium acting as the system browser, driven over the DevTools protocol: it
// opens the URL PatchDeck hands to QDesktopServices, and the test clicks in the page it shows.
// Every wait is a bounded poll on the event loop, never a sleep.
class ChromiumDriver : public QObject
{
    Q_OBJECT
public:
    static QString executable() { return QStringLiteral("/usr/bin/chromium"); }
    static bool isAvailable();

    explicit ChromiumDriver(QObject *parent = nullptr);
    ~ChromiumDriver() override;

    // QDesktopServices::setUrlHandler target: starts Chromium on `url` (once).
    Q_INVOKABLE void openUrl(const QUrl &url);
    QUrl openedUrl() const { return m_opened; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString lastError() const { return m_error; }

    // Connects to the page whose URL starts with `prefix`; false on timeout.
    bool attachToPage(const QString &prefix, int timeoutMs);
    // Runtime.evaluate in the attached page; the result's value (invalid on failure or timeout).
    QJsonValue evaluate(const QString &expression, int timeoutMs = 10000);
    // Polls `expression` until it evaluates to true.
    bool waitFor(const QString &expression, int timeoutMs);
    // Clicks the element with this id, as a user would (the element's click()).
    bool click(const QString &elementId);
    void stop();

private:
    QJsonObject call(const QString &method, const QJsonObject &params, int timeoutMs);
    int devToolsPort() const;

    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    QWebSocket m_socket;
    QUrl m_opened;
    QString m_error;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
};
