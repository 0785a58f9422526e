#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pmp::app {

// What `patchdeck` (the window, not `export`) was asked to do. Parsed before any window exists, so
// --help, --version and every usage error work without a display: the caller runs this under a
// QCoreApplication and builds the QApplication only when a window is really wanted.
struct ConsoleOptions
{
    enum class Mode
    {
        SignedIn,
        Demo,
        Server
    };
    Mode mode = Mode::SignedIn;
    int computers = 250;
    quint64 seed = 1;
    QString server;
    bool onPremises = false;
    QString startPage;      // a MainWindow page id, empty for the default page
    QString startSavedView; // --view NAME that is not a built-in view: a saved view of the profile

    struct Parsed;
    static Parsed parse(const QStringList &arguments);
};

// The options, or the process's exit code once help, the version or one line naming the mistake has
// been printed (0 for --help and --version, 2 for a usage error).
struct ConsoleOptions::Parsed
{
    std::optional<ConsoleOptions> options;
    int exitCode = 0;
};

} // namespace pmp::app
