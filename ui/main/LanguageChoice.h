#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineOption;
class QMenu;
class QWidget;

namespace pmp::ui {

// The console's language: the admin's choice (View > Language, QSettings "ui/language"), the
// `--lang CODE` option, or the system's. Chosen once at start: widgets build their texts when they
// are made, so a new choice takes effect at the next start, which the menu says.
class LanguageChoice
{
    Q_DECLARE_TR_FUNCTIONS(pmp::ui::LanguageChoice)
public:
    struct Language
    {
        QString code; // "de"; empty: the system's language
        QString name; // in its own language: "Deutsch"
    };
    // System default first, then English and every translation shipped at :/i18n.
    static QList<Language> languages();

    static QString stored(); // "" when the system's language is wanted
    static void store(const QString &code);

    static QCommandLineOption option();
    // --lang CODE from raw arguments (read before QCommandLineParser runs, so that its help text is
    // translated too); empty when absent.
    static QString fromArguments(const QStringList &arguments);
    // The language to use: `requested` if shipped, else the stored one, else the system's if shipped,
    // else English.
    static QString effective(const QString &requested = {});
    // Installs Qt's own and PatchDeck's translators for `code` (English needs none: the English plural
    // forms are always installed, see app/api/EnglishPlurals.cpp) and makes it the default locale.
    static void install(const QString &code);

    // The View > Language submenu: one checkable entry per language; choosing one stores it and says
    // that it applies after a restart.
    static void populateMenu(QMenu *menu, QWidget *dialogParent);
};

} // namespace pmp::ui
