// Compiled into every program that links pd_api (an INTERFACE source, see app/api/CMakeLists.txt),
// so that the English numerus forms ("1 computer", "2 computers") are there from the start in the
// console, `patchdeck export` and every test alike. Without it Qt would show the source text's
// "%n computer(s)". A chosen language's translator is installed later and is searched first.
#include <QCoreApplication>
#include <QTranslator>
#include <QVariant>

namespace {

void installEnglishPlurals()
{
    // Several static libraries may carry a copy of this file; the first one to run installs.
    static const char *const marker = "_pmp_english_plurals";
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->property(marker).toBool())
        return;
    auto *plurals = new QTranslator(app);
    if (plurals->load(QStringLiteral(":/i18n/patchdeck_en.qm")))
        QCoreApplication::installTranslator(plurals);
    app->setProperty(marker, true);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
