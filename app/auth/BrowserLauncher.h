#pragma once

#include <QUrl>

#include <functional>

namespace pmp::auth {

// Opens the authorization URL in the admin's browser. pd_auth has no GUI dependency, so the GUI
// installs the system opener (QDesktopServices::openUrl); PATCHDECK_BROWSER="program args..."
// overrides it (tests, kiosks, a browser other than the default). Without either, opening fails and
// the dialog offers the link to copy.
class BrowserLauncher
{
public:
    using Opener = std::function<bool(const QUrl &)>;

    static void setSystemOpener(Opener opener);
    // True when something accepted the URL (it may still fail to show it; the dialog always offers
    // the link as well).
    static bool open(const QUrl &url);
    // The PATCHDECK_BROWSER command, split into program and arguments; empty when unset.
    static QStringList overrideCommand();
};

} // namespace pmp::auth
