#include "LanguageChoice.h"

#include <QActionGroup>
#include <QCommandLineOption>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace pmp::ui {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

bool isShipped(const QString &code)
{
    if (code.isEmpty())
        return false;
    for (const auto &l : LanguageChoice::languages())
        if (l.code == code)
            return true;
    return false;
}

} // namespace

QList<LanguageChoice::Language> LanguageChoice::languages()
{
    // Names in their own language, so that someone who cannot read the current one finds theirs.
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString LanguageChoice::stored()
{
    return QSettings().value(settingsKey).toString();
}

void LanguageChoice::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QCommandLineOption LanguageChoice::option()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("Use this language for this run: en, de, fr, es or ja (View > Language keeps one)."),
                              QStringLiteral("CODE"));
}

QString LanguageChoice::fromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QString LanguageChoice::effective(const QString &requested)
{
    if (isShipped(requested))
        return requested;
    if (const QString s = stored(); isShipped(s))
        return s;
    // The system's first shipped language (uiLanguages: "de-CH", "de", "en-US", ...).
    for (const QString &ui : QLocale().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (isShipped(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageChoice::install(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    // A chosen language also formats numbers and dates its way; the system's choice keeps the system locale.
    if (code != QLocale().name().section(QLatin1Char('_'), 0, 0))
        QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/patchdeck_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
}

void LanguageChoice::populateMenu(QMenu *menu, QWidget *dialogParent)
{
    auto *group = new QActionGroup(menu);
    const QString current = stored();
    for (const Language &l : languages()) {
        QAction *a = menu->addAction(l.name);
        a->setCheckable(true);
        a->setChecked(l.code == current);
        a->setData(l.code);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [dialogParent, code = l.code] {
            if (code == stored())
                return;
            store(code);
            QMessageBox::information(dialogParent, tr("Language"),
                                     tr("The language takes effect after PatchDeck is restarted."));
        });
    }
}

} // namespace pmp::ui
