#include "BrowserLauncher.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcBrowser, "pmp.auth.browser", QtInfoMsg)

namespace pmp::auth {

namespace {

BrowserLauncher::Opener &systemOpener()
{
    static BrowserLauncher::Opener opener;
    return opener;
}

} // namespace

void BrowserLauncher::setSystemOpener(Opener opener)
{
    systemOpener() = std::move(opener);
}

QStringList BrowserLauncher::overrideCommand()
{
    const QString command = qEnvironmentVariable("PATCHDECK_BROWSER").trimmed();
    if (command.isEmpty())
        return {};
    return QProcess::splitCommand(command);
}

bool BrowserLauncher::open(const QUrl &url)
{
    const QStringList command = overrideCommand();
    if (!command.isEmpty()) {
        QStringList args = command.mid(1);
        args << url.toString(QUrl::FullyEncoded);
        const bool started = QProcess::startDetached(command.first(), args);
        if (!started)
            qCWarning(lcBrowser) << "PATCHDECK_BROWSER could not be started:" << command.first();
        return started;
    }
    if (systemOpener())
        return systemOpener()(url);
    return false;
}

} // namespace pmp::auth
