// Compiled into every test executable (patchdeck_add_test): the process's user settings live in a
// fresh temporary folder, so no test sees what another test - or an earlier run of itself, or the
// developer's own PatchDeck - left behind (window geometry, last page per profile, column layouts,
// splitter sizes, auto-refresh choices). Tests that need settings on disk on purpose give QSettings
// an explicit file, as before.
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace {

void isolateUserSettings()
{
    static QTemporaryDir folder; // removed when the test process exits
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateUserSettings)
