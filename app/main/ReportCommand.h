#pragma once

#include <QString>
#include <QStringList>

namespace pmp::app {

// `patchdeck report --profile NAME|--server URL -o FILE.pdf [--days N | --from DATE --to DATE]
// [--html FILE]`: the compliance report of File › Create report… for cron. Runs under a
// QApplication (the charts are widgets), on the offscreen platform when there is no display.
class ReportCommand
{
public:
    // Parses `arguments` (starting after "report"); returns an exit code (0 written, 1 failed,
    // 2 usage), running the application's event loop while it works.
    static int run(const QStringList &arguments);
    static QString usage();
    // Before the QApplication: drops the two warnings every display-less run prints (no
    // XDG_RUNTIME_DIR under cron, the offscreen platform's size hints), which cron would mail
    // each month; every other message goes on to the handler installed before.
    static void quietenPlatformNoise();
};

} // namespace pmp::app
