// Secrets audit (issue 14): a whole session through the real classes — browser sign-in against the
// simulator's Zoho accounts server (tokens to a real gnome-keyring, see run-keychain-test.sh), the
// profile's Workspace on disk with a view cached, a refresh forced by a 401, a write through the
// ActionRunner (which first asks for the UPDATE scope: a second browser sign-in and a new refresh
// token), the real `patchdeck export --profile` binary (which refreshes again, on its own), and
// sign-out. Then every access token, refresh token and client secret the session saw — raw,
// percent-encoded and base64 — is looked for in every file under the throwaway HOME (store, WAL,
// view cache images, lock file, settings, keyring folder, exports; compressed streams inflated),
// in every row of the store (the action journal above all), in the settings' values, and in every
// log line: this process's messages as they leave the LogRedactor, and the binary's stdout/stderr.
#include "ConsentBrowser.h"

#include "actions/ActionRunner.h"
#include "api/Connection.h"
#include "api/OperationCatalogue.h"
#include "api/requests/ScanComputersRequest.h"
#include "auth/BrowserLauncher.h"
#include "auth/BrowserSignIn.h"
#include "auth/LogRedactor.h"
#include "auth/OAuthAuthenticator.h"
#include "auth/ProfileStore.h"
#include "auth/SessionManager.h"
#include "auth/SignOut.h"
#include "auth/TokenStore.h"
#include "models/ListLoader.h"
#include "models/ViewCatalogue.h"
#include "simulator/Simulator.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTest>
#include <QUrlQuery>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

using namespace pmp;
using namespace pmp::auth;

namespace {

const QString kClientId = QStringLiteral("1000.PATCHDECKSIM");
// Unmistakable, and with characters a URL encodes ('!', '/'), so the percent-encoded form is a
// different string from the raw one and both are searched for.
const QByteArray kClientSecret = "cs-AUDIT-5e7c19d2a0f4!b836/0c2e";
const QString kProfileName = QStringLiteral("Audit");

// Every message, as the LogRedactor hands it on (the recorder sits behind it in the chain).
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_next = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_next)
        g_next(type, context, message);
}

struct Secret
{
    QString label; // "access token 2": what a failure names, never the value itself
    QByteArray value;
};

struct Needle
{
    QString label; // "access token 2 (base64)"
    QByteArray bytes;
};

QByteArray utf16(const QByteArray &latin1, QSysInfo::Endian order)
{
    QByteArray out;
    for (const char c : latin1) {
        const char pair[2] = {order == QSysInfo::BigEndian ? '\0' : c, order == QSysInfo::BigEndian ? c : '\0'};
        out.append(pair, 2);
    }
    return out;
}

// The forms a secret could take in a file or a line: raw, percent-encoded, UTF-16, and base64 (standard and
// URL-safe) at each of the three byte alignments it could have inside a longer encoded blob — only
// the characters whose bits all come from the secret, so the match does not depend on its neighbours.
QList<Needle> formsOf(const Secret &secret)
{
    QList<Needle> out{{secret.label + QStringLiteral(" (raw)"), secret.value}};
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromLatin1(secret.value));
    if (encoded != secret.value)
        out.append({secret.label + QStringLiteral(" (URL-encoded)"), encoded});
    // UTF-16, as QDataStream writes a QString (view cache images do) and as Windows APIs would.
    out.append({secret.label + QStringLiteral(" (UTF-16BE)"), utf16(secret.value, QSysInfo::BigEndian)});
    out.append({secret.label + QStringLiteral(" (UTF-16LE)"), utf16(secret.value, QSysInfo::LittleEndian)});
    QSet<QByteArray> seen;
    for (int filler = 0; filler < 3; ++filler) {
        const QByteArray padded = QByteArray(filler, '\0') + secret.value;
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray b64 = padded.toBase64(option | QByteArray::OmitTrailingEquals);
            const int first = filler ? 4 : 0;           // the group holding filler bytes
            const int end = int(padded.size() / 3) * 4; // the last, partial group depends on what follows
            const QByteArray core = b64.mid(first, end - first);
            if (core.size() >= 16 && !seen.contains(core)) {
                seen.insert(core);
                out.append({secret.label + QStringLiteral(" (base64)"), core});
            }
        }
    }
    return out;
}

// The bytes of every zlib stream inside `data` (qCompress blobs in view cache images and rows are
// 4 bytes of length, then zlib): found by their header, inflated until the stream ends.
QList<QByteArray> inflatedStreams(const QByteArray &data)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i + 1 < data.size(); ++i) {
        const auto cmf = uchar(data.at(i));
        const auto flg = uchar(data.at(i + 1));
        if (cmf != 0x78 || ((cmf << 8) | flg) % 31 != 0)
            continue;
        z_stream z{};
        if (inflateInit(&z) != Z_OK)
            continue;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + i));
        z.avail_in = uInt(data.size() - i);
        QByteArray inflated;
        char chunk[16384];
        int rc = Z_OK;
        while (rc == Z_OK && inflated.size() < 256 * 1024 * 1024) {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            rc = inflate(&z, Z_NO_FLUSH);
            inflated.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        }
        inflateEnd(&z);
        if (rc == Z_STREAM_END)
            out << inflated;
    }
    return out;
}

} // namespace

class SecretsAuditTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSession();
    void filesWhileTheStoreIsOpen();
    void storeRows();
    void settingsValues();
    void filesAfterTheStoreIsClosed();
    void logs();

private:
    void addSecret(const QString &kind, const QByteArray &value);
    void addSecrets(const TokenSet &tokens);
    void addSecretsSeenBySimulator();
    TokenStore::Result keychain();
    QString dataFolder() const;
    QStringList leaksIn(const QByteArray &bytes, const QString &where) const;
    QStringList leaksInFiles() const;
    bool runPatchdeck(const QStringList &arguments, QString *problem);
    api::Result<api::RecordPage> listComputers(api::Client &client);

    QList<Secret> m_secrets;
    QHash<QString, int> m_kindCounts;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ConsentBrowser> m_browser;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SessionManager> m_session;
    std::shared_ptr<store::Workspace> m_workspace;
    Profile m_profile;
    QString m_storePath;
    QString m_computerName;    // the scanned one: shows the search reaches into the cached list
    QStringList m_childOutput; // stdout and stderr of every patchdeck run
    QString m_stderrPath;      // this process's stderr while the session runs
    int m_savedStderr = -1;
};

void SecretsAuditTest::initTestCase()
{
    // The keyring wrapper gives this process a throwaway HOME, XDG folders and Secret Service: only
    // there may the test write settings and keychain entries under PatchDeck's own names.
    if (qEnvironmentVariable("PATCHDECK_KEYCHAIN_MODE") != QLatin1String("keyring"))
        QSKIP("Run through tests/support/run-keychain-test.sh keyring (ctest does).");
    QVERIFY2(TokenStore::platformProblem().isEmpty(), qPrintable(TokenStore::platformProblem()));
    qRegisterMetaType<api::Connection *>(); // for the spy on SessionManager::connectionChanged
    // The same identity as the patchdeck binary, so `patchdeck export --profile` finds the profile
    // and store this process wrote (QSettings and QStandardPaths are named after it).
    QCoreApplication::setOrganizationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("PatchDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("patchdeck.io"));
    QVERIFY2(QDir::homePath().contains(QLatin1String("patchdeck-keychain")), qPrintable(QDir::homePath()));

    // This process's own stderr goes to a file under HOME for the session, so whatever writes there
    // directly (not through a Qt message) is audited with the files and the logs. Qt Test reports on
    // stdout, so nothing of the test's own output is lost.
    m_stderrPath = QDir::home().filePath(QStringLiteral("test-stderr.log"));
    const int fd = ::open(QFile::encodeName(m_stderrPath).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    std::fflush(stderr);
    m_savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(::dup2(fd, STDERR_FILENO) >= 0);
    ::close(fd);

    // As in main(): the redactor first, in front of whatever writes the lines. The recorder goes in
    // behind it, so it keeps exactly what would reach stderr.
    g_next = qInstallMessageHandler(recordMessage);
    LogRedactor::install();
    // PatchDeck's debug lines too (token endpoint, keychain jobs, every API call): where a token
    // would most likely slip into a log.
    QLoggingCategory::setFilterRules(QStringLiteral("pmp.*.debug=true\npatchdeck.*.debug=true"));

    sim::SimulatorOptions options;
    options.computers = 30;
    options.patches = 40;
    options.clientSecret = QString::fromLatin1(kClientSecret);
    m_sim = std::make_unique<sim::Simulator>(options);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    qunsetenv("PATCHDECK_BROWSER");
    m_browser = std::make_unique<test::ConsentBrowser>(QStringLiteral("accept"));
    BrowserLauncher::setSystemOpener([this](const QUrl &url) {
        m_browser->open(url);
        return true;
    });
    m_profiles = std::make_unique<ProfileStore>(); // the application's QSettings, like the console's
    m_tokens = std::make_unique<TokenStore>();     // the keychain
    m_session = std::make_unique<SessionManager>(m_profiles.get(), m_tokens.get());
}

void SecretsAuditTest::cleanupTestCase()
{
    if (m_savedStderr >= 0) {
        std::fflush(stderr);
        ::dup2(m_savedStderr, STDERR_FILENO);
        ::close(m_savedStderr);
    }
    BrowserLauncher::setSystemOpener({});
    m_workspace.reset();
    m_session.reset();
    m_tokens.reset();
    m_profiles.reset();
    m_browser.reset();
    m_sim.reset();
}

void SecretsAuditTest::addSecret(const QString &kind, const QByteArray &value)
{
    if (value.isEmpty())
        return;
    for (const Secret &s : std::as_const(m_secrets))
        if (s.value == value)
            return;
    m_secrets.append({kind + QLatin1Char(' ') + QString::number(++m_kindCounts[kind]), value});
}

void SecretsAuditTest::addSecrets(const TokenSet &tokens)
{
    addSecret(QStringLiteral("access token"), tokens.accessToken);
    addSecret(QStringLiteral("refresh token"), tokens.refreshToken);
    addSecret(QStringLiteral("client secret"), tokens.clientSecret);
}

// What went over the wire to the simulator, in this process and from the export binary: the
// access tokens in Authorization headers, and the refresh tokens, client secret, codes and PKCE
// verifiers sent to the accounts server. Codes and verifiers are one-use, but still no file's business.
void SecretsAuditTest::addSecretsSeenBySimulator()
{
    for (const auto &req : m_sim->requests()) {
        const QByteArray scheme = "Zoho-oauthtoken ";
        if (req.authorization.startsWith(scheme))
            addSecret(QStringLiteral("access token"), req.authorization.mid(scheme.size()).trimmed());
        QUrlQuery params = req.query;
        if (req.contentType.startsWith("application/x-www-form-urlencoded"))
            for (const auto &item : QUrlQuery(QString::fromUtf8(req.body)).queryItems(QUrl::FullyDecoded))
                params.addQueryItem(item.first, item.second);
        const auto value = [&params](const char *name) {
            return params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toUtf8();
        };
        addSecret(QStringLiteral("refresh token"), value("refresh_token"));
        addSecret(QStringLiteral("client secret"), value("client_secret"));
        addSecret(QStringLiteral("authorization code"), value("code"));
        addSecret(QStringLiteral("PKCE verifier"), value("code_verifier"));
        if (req.path.endsWith(QLatin1String("/revoke")))
            addSecret(QStringLiteral("refresh token"), value("token"));
    }
}

TokenStore::Result SecretsAuditTest::keychain()
{
    TokenStore::Result out;
    out.status = TokenStore::Status::Failed; // stays so when the keychain does not answer
    out.message = QStringLiteral("the keychain did not answer");
    bool done = false;
    QObject guard; // a late answer after a timeout finds the guard gone and is dropped
    m_tokens->load(m_profile.id, &guard, [&](const TokenStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("keychain read timed out");
    return out;
}

QString SecretsAuditTest::dataFolder() const
{
    return QFileInfo(m_storePath).absolutePath();
}

api::Result<api::RecordPage> SecretsAuditTest::listComputers(api::Client &client)
{
    api::Result<api::RecordPage> out;
    out.error = api::ApiError(api::ApiError::Kind::Timeout, QStringLiteral("test timed out"));
    bool done = false;
    QObject guard; // a late answer after a timeout finds the guard gone and is dropped
    client.computers(api::ListQuery{}, 1, 10, &guard, [&](const api::Result<api::RecordPage> &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("listing computers timed out");
    return out;
}

// Runs the real binary with this process's environment (HOME, XDG folders, the session bus with
// the keyring) and debug logging on. Waits without blocking: the simulator answering it lives on
// this thread.
bool SecretsAuditTest::runPatchdeck(const QStringList &arguments, QString *problem)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PATCHDECK_TOKEN")); // tokens from the keychain only
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmp.*.debug=true;patchdeck.*.debug=true"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(PATCHDECK_BIN), arguments);
    if (!child.waitForStarted(10000)) {
        *problem = child.errorString();
        return false;
    }
    if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 60000)) {
        child.kill();
        child.waitForFinished(5000);
        *problem = QStringLiteral("timed out");
        return false;
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    m_childOutput << out << err;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *problem = QStringLiteral("exit %1: %2").arg(child.exitCode()).arg(LogRedactor::redact(err));
        return false;
    }
    return true;
}

void SecretsAuditTest::fullSession()
{
    // 1. Sign in through the browser flow (PKCE, loopback receiver), READ scopes as a new profile
    //    asks, and adopt it: keychain entry, profile in settings, connection.
    BrowserSignIn signIn(m_session->network());
    QSignalSpy signedIn(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy signInFailed(&signIn, &BrowserSignIn::failed);
    signIn.start({m_sim->baseUrl(), kClientId, kClientSecret, OAuthAuthenticator::defaultScopes()});
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + signInFailed.size() > 0, 20000);
    QVERIFY2(signInFailed.isEmpty(), qPrintable(signInFailed.value(0).value(0).value<SignInError>().message));
    const SignInResult result = signedIn.first().first().value<SignInResult>();
    QCOMPARE(result.tokens.clientSecret, kClientSecret);
    addSecrets(result.tokens);

    Profile profile;
    profile.name = kProfileName;
    profile.kind = Profile::Kind::Cloud;
    profile.method = Profile::Method::Browser;
    profile.dataCentreId = QStringLiteral("custom");
    profile.serverUrl = m_sim->baseUrl();
    profile.accountsUrl = m_sim->baseUrl();
    profile.clientId = kClientId;
    QSignalSpy connected(m_session.get(), &SessionManager::connectionChanged);
    QSignalSpy adoptFailed(m_session.get(), &SessionManager::adoptFailed);
    m_session->adopt(profile, result);
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() + adoptFailed.size() > 0, 30000);
    QVERIFY2(adoptFailed.isEmpty(), qPrintable(adoptFailed.value(0).value(2).toString()));
    m_profile = m_session->currentProfile();
    QVERIFY(m_profile.isValid());
    OAuthAuthenticator *oauth = m_session->oauth();
    QVERIFY(oauth);
    api::Connection *connection = m_session->connection();
    QCOMPARE(keychain().tokens.refreshToken, result.tokens.refreshToken); // really in the keyring

    // 2. The profile's Workspace on disk, as the console opens it, and a list view cached in it.
    m_workspace = store::Workspace::forConnection(m_profile.serverUrl, m_profile.id);
    QVERIFY2(m_workspace->database().isPersistent(), qPrintable(m_workspace->problems().join(QLatin1Char('\n'))));
    QVERIFY(m_workspace->ownsLock());
    m_storePath = m_workspace->database().path();
    models::ListLoader loader(&connection->client(), *models::ViewCatalogue::byId(QStringLiteral("computers")));
    loader.setCache(&m_workspace->viewCache());
    QSignalSpy cached(&loader, &models::ListLoader::cacheSaved);
    loader.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!cached.isEmpty(), 30000);
    QVERIFY(cached.first().first().toBool());

    // 3. A refresh: the server drops the access token, the next call gets a 401, the authenticator
    //    mints a new one with the refresh token and client secret, and writes it to the keychain.
    const QByteArray signInAccess = oauth->tokens().accessToken;
    QSignalSpy refreshed(oauth, &api::Authenticator::refreshed);
    m_sim->expireAccessTokens();
    const api::Result<api::RecordPage> page = listComputers(connection->client());
    QVERIFY2(page.ok(), qPrintable(page.error.oneLine()));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(oauth->tokens().accessToken != signInAccess);
    addSecrets(oauth->tokens());
    QVERIFY(QTest::qWaitFor([&] { return keychain().tokens.accessToken == oauth->tokens().accessToken; }, 20000));

    // 4. A write through the ActionRunner, journalled: a scan of one computer. The READ-only grant
    //    lacks its scope, so the runner first asks for it (the browser again, a new refresh token).
    QVERIFY(!page.value.records.isEmpty());
    const api::Record computer = page.value.records.first();
    const qint64 resourceId = computer.integerOr(QStringLiteral("resource_id"),
                                                 computer.rawText(QStringLiteral("resource_id_string")).toLongLong());
    QVERIFY(resourceId > 0);
    actions::ActionRunner runner(&connection->client(), &m_workspace->journal(), m_profile.label());
    QSignalSpy authorizing(&runner, &actions::ActionRunner::authorizationRequested);
    QSignalSpy ran(&runner, &actions::ActionRunner::runFinished);
    auto scan = std::make_shared<api::ScanComputersRequest>(QList<qint64>{resourceId});
    m_computerName = computer.rawText(QStringLiteral("resource_name"));
    scan->setDisplayNames({m_computerName});
    runner.run(scan);
    QTRY_VERIFY_WITH_TIMEOUT(!ran.isEmpty(), 30000);
    const auto outcome = ran.first().at(1).value<actions::ActionOutcome>();
    QCOMPARE(outcome.outcome, actions::ActionOutcome::Outcome::Succeeded);
    QCOMPARE(authorizing.size(), 1);
    QVERIFY(oauth->tokens().refreshToken != result.tokens.refreshToken);
    addSecrets(oauth->tokens());
    QVERIFY(QTest::qWaitFor([&] { return keychain().tokens.refreshToken == oauth->tokens().refreshToken; }, 20000));

    // 5. The export, by the real binary from the keychain, with the access token dropped again so
    //    that process refreshes too (and stores the token it minted); then the journal export.
    const QString exports = QDir::home().filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    m_sim->expireAccessTokens();
    QString problem;
    QVERIFY2(runPatchdeck({QStringLiteral("export"), QStringLiteral("computers"), QStringLiteral("--profile"),
                           kProfileName, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                           exports + QStringLiteral("/computers.csv")},
                          &problem),
             qPrintable(problem));
    QVERIFY(QFileInfo(exports + QStringLiteral("/computers.csv")).size() > 0);
    QVERIFY2(runPatchdeck({QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--profile"),
                           kProfileName, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                           exports + QStringLiteral("/journal.json")},
                          &problem),
             qPrintable(problem));
    QVERIFY(QFileInfo(exports + QStringLiteral("/journal.json")).size() > 0);
    const TokenStore::Result afterExport = keychain();
    QVERIFY(afterExport.ok());
    QVERIFY(afterExport.tokens.accessToken != oauth->tokens().accessToken); // the binary's own refresh
    addSecrets(afterExport.tokens);

    // 6. Sign out as the console does: revoke at the accounts server, delete the keychain entry,
    //    drop the connection.
    SignOut signOut(m_tokens.get(), m_session->network());
    QSignalSpy signedOut(&signOut, &SignOut::finished);
    signOut.start(m_profile, oauth->tokens());
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 20000);
    QVERIFY2(signedOut.first().at(0).toBool() && signedOut.first().at(1).toBool(),
             qPrintable(signedOut.first().at(2).toString()));
    m_session->close();
    QCOMPARE(keychain().status, TokenStore::Status::NotFound);

    addSecretsSeenBySimulator();
    // Every kind was seen, and each of the four mints (sign-in, refresh, scope grant, the binary's
    // refresh) gave a new access token.
    QVERIFY(m_kindCounts.value(QStringLiteral("access token")) >= 4);
    QVERIFY(m_kindCounts.value(QStringLiteral("refresh token")) >= 2);
    QCOMPARE(m_kindCounts.value(QStringLiteral("client secret")), 1);
    QVERIFY(m_kindCounts.value(QStringLiteral("authorization code")) >= 2);
    qInfo("audit: looking for %d secrets (%d access tokens, %d refresh tokens)", int(m_secrets.size()),
          m_kindCounts.value(QStringLiteral("access token")), m_kindCounts.value(QStringLiteral("refresh token")));
}

// Where each secret occurs in `bytes` (or in a zlib stream inside it), as "<where>: <secret> (<form>)".
QStringList SecretsAuditTest::leaksIn(const QByteArray &bytes, const QString &where) const
{
    QStringList hits;
    const QList<QByteArray> streams = inflatedStreams(bytes);
    for (const Secret &secret : m_secrets)
        for (const Needle &needle : formsOf(secret)) {
            if (bytes.contains(needle.bytes))
                hits << where + QStringLiteral(": ") + needle.label;
            for (const QByteArray &inflated : streams)
                if (inflated.contains(needle.bytes)) {
                    hits << where + QStringLiteral(" (compressed): ") + needle.label;
                    break;
                }
        }
    return hits;
}

QStringList SecretsAuditTest::leaksInFiles() const
{
    QStringList hits;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(": cannot be read, so it cannot be audited");
            continue;
        }
        hits << leaksIn(f.readAll(), path);
    }
    return hits;
}

void SecretsAuditTest::filesWhileTheStoreIsOpen()
{
    QVERIFY(!m_secrets.isEmpty());
    // What the audit is about is there to be read: store, lock file, a view cache image, settings.
    QVERIFY(QFileInfo::exists(m_storePath));
    QVERIFY(QFileInfo::exists(QDir(dataFolder()).filePath(QStringLiteral("patchdeck.lock"))));
    // The computers list as a column image (compressed blocks: leaksIn inflates them).
    const QStringList images = QDir(QDir(dataFolder()).filePath(QStringLiteral("view-cache"))).entryList(QDir::Files);
    QVERIFY2(!images.isEmpty(), qPrintable(dataFolder()));
    // ...and the search sees inside it: the scanned computer's name is there once inflated.
    QFile image(QDir(dataFolder()).filePath(QStringLiteral("view-cache/") + images.first()));
    QVERIFY(image.open(QIODevice::ReadOnly));
    QVERIFY(!m_computerName.isEmpty());
    bool nameSeen = false;
    for (const QByteArray &inflated : inflatedStreams(image.readAll()))
        nameSeen = nameSeen || inflated.contains(utf16(m_computerName.toLatin1(), QSysInfo::BigEndian));
    QVERIFY(nameSeen);
    QVERIFY(QFileInfo::exists(QSettings().fileName()));
    const QStringList hits = leaksInFiles();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void SecretsAuditTest::storeRows()
{
    QVERIFY(!m_secrets.isEmpty());
    // The rows as SQLite gives them back, every column of every table: the journal's payload and
    // messages above all, and the view cache's compressed blobs (inflated by leaksIn).
    QStringList hits;
    int journalRows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secrets-audit"));
        db.setDatabaseName(m_storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QVERIFY(names.contains(QStringLiteral("action_journal")));
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (rows.next()) {
                if (table == QLatin1String("action_journal")) {
                    ++journalRows;
                    QCOMPARE(rows.record().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
                    QCOMPARE(rows.record().value(QStringLiteral("operation_code")).toString(),
                             api::OperationCatalogue::get(api::OperationId::ScanComputers).code);
                }
                for (int c = 0; c < rows.record().count(); ++c)
                    hits << leaksIn(rows.value(c).toByteArray(),
                                    QStringLiteral("%1.%2").arg(table, rows.record().fieldName(c)));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("secrets-audit"));
    QCOMPARE(journalRows, 1); // the scan, recorded once
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void SecretsAuditTest::settingsValues()
{
    QVERIFY(!m_secrets.isEmpty());
    // Decoded values too (a QSettings file may hold a byte array as @ByteArray(...) escapes).
    QSettings settings;
    QVERIFY(settings.allKeys().contains(QStringLiteral("profiles/%1/clientId").arg(m_profile.id)));
    QStringList hits;
    for (const QString &key : settings.allKeys()) {
        const QVariant v = settings.value(key);
        const QByteArray bytes =
            v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char('\n')).toUtf8() : v.toByteArray();
        hits << leaksIn(key.toUtf8() + '=' + bytes, QStringLiteral("settings ") + key);
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void SecretsAuditTest::filesAfterTheStoreIsClosed()
{
    QVERIFY(!m_secrets.isEmpty());
    // Closing checkpoints the WAL into the store file and removes the lock: look again.
    m_workspace.reset();
    QVERIFY(QFileInfo::exists(m_storePath));
    const QStringList hits = leaksInFiles();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void SecretsAuditTest::logs()
{
    QVERIFY(!m_secrets.isEmpty());
    QStringList lines;
    {
        QMutexLocker lock(&g_logMutex);
        lines = g_log;
    }
    // The debug categories were on, so the session did log (token endpoint, API calls, the journal).
    QVERIFY2(lines.size() >= 5, qPrintable(QString::number(lines.size())));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("token endpoint")));
    QStringList hits = leaksIn(lines.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("this process's log"));
    std::fflush(stderr);
    QFile err(m_stderrPath);
    QVERIFY(err.open(QIODevice::ReadOnly));
    hits << leaksIn(err.readAll(), QStringLiteral("this process's stderr"));
    QCOMPARE(m_childOutput.size(), 4); // stdout and stderr of both exports
    QVERIFY(m_childOutput.join(QString()).contains(QLatin1String("token endpoint"))); // the binary logged its refresh
    for (int i = 0; i < m_childOutput.size(); ++i)
        hits << leaksIn(m_childOutput.at(i).toUtf8(),
                        QStringLiteral("patchdeck export run %1 %2")
                            .arg(i / 2 + 1)
                            .arg(i % 2 ? QLatin1String("stderr") : QLatin1String("stdout")));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(SecretsAuditTest)
#include "SecretsAuditTest.moc"
