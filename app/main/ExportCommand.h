#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace pmp::api {
class Connection;
struct FetchOutcome;
} // namespace pmp::api

namespace pmp::app {

// `patchdeck export VIEW --format csv|json -o FILE ...`: the headless export for scripts and cron.
// It loads the view through the same loader, models and formatting as the console, writes the file
// atomically, and exits 0 only when every page arrived; otherwise one clear line on stderr.
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    // Parses `arguments` (starting after "export"); returns an exit code, running the event loop of
    // the already constructed QCoreApplication while it works.
    static int run(const QStringList &arguments);

    static QString usage();
    static QStringList viewNames();
};

} // namespace pmp::app
