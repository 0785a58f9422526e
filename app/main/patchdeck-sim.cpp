// patchdeck-sim: the Patch Manager Plus Cloud simulator as a standalone loopback server.
//   patchdeck-sim --listen 127.0.0.1:PORT [--seed N] [--computers N] [--patches N]
//                 [--static-token TOKEN] [--quirks] [--hostile-names] [--faults SPEC]
// Prints exactly one line "listening on http://127.0.0.1:PORT" on stdout when ready and exits 0 on
// SIGTERM / SIGINT. Everything else (hints, errors) goes to stderr.

#include "simulator/FaultSpec.h"
#include "simulator/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>

#include <cstdio>
#include <limits>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr int BadArguments = 2;

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

// Async-signal-safe: only write(2). The event loop reads the pipe and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::pipe(signalPipe) != 0)
        return false;
    for (int fd : signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(signalPipe[1], F_SETFL, O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}
#endif

int fail(const QString &message)
{
    std::fprintf(stderr, "patchdeck-sim: %s\nTry 'patchdeck-sim --help' for more information.\n", qPrintable(message));
    return BadArguments;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":")) {
            *error =
                QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, got '%1'").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("--listen expects HOST:PORT, e.g. 127.0.0.1:8080, got '%1'").arg(text);
            return false;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QStringLiteral("--listen: '%1' is not a port number (0-65535; 0 picks a free port)").arg(portText);
        return false;
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    const QHostAddress a(host);
    if (a.isNull()) {
        *error = QStringLiteral("--listen: '%1' is not an IP address; use 127.0.0.1 or ::1").arg(host);
        return false;
    }
    if (!a.isLoopback()) {
        *error =
            QStringLiteral("--listen: refusing %1; the simulator only listens on loopback (127.0.0.1 or ::1) so it can "
                           "never be reached from another machine")
                .arg(host);
        return false;
    }
    *address = a;
    *port = quint16(p);
    return true;
}

bool parseInt(const QCommandLineParser &parser, const QString &name, qint64 lo, qint64 hi, qint64 *value,
              QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < lo || v > hi) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, got '%4'")
                     .arg(name)
                     .arg(lo)
                     .arg(hi)
                     .arg(parser.value(name));
        return false;
    }
    *value = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchdeck-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDECK_VERSION));

    pmp::sim::SimulatorOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A ManageEngine Patch Manager Plus Cloud server and its Zoho accounts server on one loopback "
                       "port, "
                       "serving a seeded, deterministic fleet (all 39 API operations, OAuth sign-in, quirks and "
                       "faults).\n"
                       "When ready it prints exactly one line on stdout: listening on http://127.0.0.1:PORT\n\n") +
        pmp::sim::FaultSpec::syntaxHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         QStringLiteral("Address to listen on, loopback only (default 127.0.0.1:0; port 0 picks a free port)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("seed"),
         QStringLiteral("Seed of the generated fleet; the same seed serves the same bodies (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("computers"), QStringLiteral("Number of computers (default 250)."), QStringLiteral("N")},
        {QStringLiteral("patches"), QStringLiteral("Number of patches in the catalogue (default 600)."),
         QStringLiteral("N")},
        {QStringLiteral("static-token"),
         QStringLiteral("An access token with every scope that never expires, sent as 'Zoho-oauthtoken "
                        "TOKEN' (or 'Bearer TOKEN' "
                        "or bare)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("quirks"),
         QStringLiteral("Behave like the real cloud server: JSON as text/plain, numbers as strings, \"--\" for numbers "
                        "without a value, errors in HTTP 200, "
                        "fixed pages of 25, HTML throttling pages.")},
        {QStringLiteral("hostile-names"),
         QStringLiteral("Give some computers, patches, offices, groups, policies and tasks the names an attacker "
                        "would choose: markup, spreadsheet formulas, 10,000 characters, right-to-left text.")},
        {QStringLiteral("faults"), QStringLiteral("Inject faults (see the syntax above)."), QStringLiteral("SPEC")},
        {QStringLiteral("token-lifetime"), QStringLiteral("Access token lifetime in seconds (default 3600)."),
         QStringLiteral("SECS")},
        {QStringLiteral("code-lifetime"), QStringLiteral("Authorization code lifetime in seconds (default 120)."),
         QStringLiteral("SECS")},
        {QStringLiteral("deploy-delay"),
         QStringLiteral("Milliseconds a deployment, scan or agent action takes before it completes (default 0)."),
         QStringLiteral("MS")},
        {QStringLiteral("client-id"),
         QStringLiteral("OAuth client id of the registered client (default %1).").arg(defaults.clientId),
         QStringLiteral("ID")},
        {QStringLiteral("client-secret"),
         QStringLiteral("OAuth client secret of the registered client (default %1).").arg(defaults.clientSecret),
         QStringLiteral("SECRET")},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    pmp::sim::SimulatorOptions options;
    QString error;
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 0;
    if (parser.isSet(QStringLiteral("listen")) &&
        !parseListen(parser.value(QStringLiteral("listen")), &address, &port, &error))
        return fail(error);
    qint64 seed = qint64(options.seed), computers = options.computers, patches = options.patches;
    qint64 tokenLifetime = options.accessTokenLifetimeSecs, codeLifetime = options.authCodeLifetimeSecs,
           delay = options.deployDelayMs;
    if (!parseInt(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed, &error) ||
        !parseInt(parser, QStringLiteral("computers"), 0, 500000, &computers, &error) ||
        !parseInt(parser, QStringLiteral("patches"), 0, 100000, &patches, &error) ||
        !parseInt(parser, QStringLiteral("token-lifetime"), 0, 86400 * 365, &tokenLifetime, &error) ||
        !parseInt(parser, QStringLiteral("code-lifetime"), 0, 86400, &codeLifetime, &error) ||
        !parseInt(parser, QStringLiteral("deploy-delay"), 0, 3600000, &delay, &error))
        return fail(error);
    options.seed = quint64(seed);
    options.computers = int(computers);
    options.patches = int(patches);
    options.accessTokenLifetimeSecs = int(tokenLifetime);
    options.authCodeLifetimeSecs = int(codeLifetime);
    options.deployDelayMs = int(delay);
    options.quirks = parser.isSet(QStringLiteral("quirks"));
    options.hostileNames = parser.isSet(QStringLiteral("hostile-names"));
    options.staticToken = parser.value(QStringLiteral("static-token")).trimmed();
    if (parser.isSet(QStringLiteral("client-id")))
        options.clientId = parser.value(QStringLiteral("client-id"));
    if (parser.isSet(QStringLiteral("client-secret")))
        options.clientSecret = parser.value(QStringLiteral("client-secret"));
    if (parser.isSet(QStringLiteral("faults"))) {
        options.faults = parser.value(QStringLiteral("faults"));
        if (!pmp::sim::FaultSpec::parse(options.faults, &error))
            return fail(QStringLiteral("--faults: %1").arg(error));
    }

#ifdef Q_OS_UNIX
    if (!installSignalHandlers())
        return fail(QStringLiteral("cannot install the SIGTERM/SIGINT handlers"));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
#endif

    QElapsedTimer started;
    started.start();
    pmp::sim::Simulator simulator(options);
    if (!simulator.listen(address, port)) {
        std::fprintf(stderr, "patchdeck-sim: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }
    const QString base = simulator.baseUrl().toString();
    std::fprintf(stderr,
                 "patchdeck-sim: %d computers, %d patches, seed %llu%s%s, ready in %lld ms\n"
                 "patchdeck-sim: sign in with OAuth client id %s and secret %s (accounts server %s, redirect to any "
                 "http://127.0.0.1:<port>/ address)\n",
                 options.computers, options.patches, static_cast<unsigned long long>(options.seed),
                 options.quirks ? ", quirks" : "",
                 options.faults.isEmpty() ? "" : qPrintable(QStringLiteral(", faults ") + options.faults),
                 static_cast<long long>(started.elapsed()), qPrintable(options.clientId),
                 qPrintable(options.clientSecret), qPrintable(base));
    if (!options.staticToken.isEmpty())
        std::fprintf(stderr, "patchdeck-sim: static token accepted: Authorization: Zoho-oauthtoken %s\n",
                     qPrintable(options.staticToken));
    std::fflush(stderr);
    std::fprintf(stdout, "listening on %s\n", qPrintable(base));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
