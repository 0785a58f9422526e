#include "I18nText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace pmp::api {

namespace {

QString stripWrapper(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("[i18n]")))
        s = s.mid(6);
    if (s.endsWith(QLatin1String("[/i18n]")))
        s.chop(7);
    return s;
}

// The display texts are English source texts, translated in the "pmp::api::I18nText" context when a
// key is read, so the server's keys read in the user's language like every other label.
const QHash<QString, const char *> &dictionary()
{
    static const QHash<QString, const char *> dict{
        {QStringLiteral("dc.common.CRITICAL"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Critical")},
        {QStringLiteral("dc.common.IMPORTANT"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Important")},
        {QStringLiteral("dc.common.MODERATE"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Moderate")},
        {QStringLiteral("dc.common.LOW"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Low")},
        {QStringLiteral("dc.common.UNRATED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Unrated")},
        {QStringLiteral("dc.common.APPROVED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Approved")},
        {QStringLiteral("dc.common.NOT_APPROVED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Not approved")},
        {QStringLiteral("dc.common.UNAPPROVED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Not approved")},
        {QStringLiteral("dc.common.DECLINED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Declined")},
        {QStringLiteral("dc.common.INSTALLED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Installed")},
        {QStringLiteral("dc.common.MISSING"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Missing")},
        {QStringLiteral("dc.common.FAILED"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Failed")},
        {QStringLiteral("dc.common.SUCCESS"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Success")},
        {QStringLiteral("dc.common.NOT_APPLICABLE"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Not applicable")},
        {QStringLiteral("dc.db.som.status.installed_successfully"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Installed successfully")},
        {QStringLiteral("dc.db.som.status.yet_to_install"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Yet to install")},
        {QStringLiteral("dc.db.som.status.uninstalled_successfully"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Uninstalled successfully")},
        {QStringLiteral("dc.db.agent.install.success"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Agent installed successfully")},
        {QStringLiteral("dc.patch.util.Scanning_completedsuccessfully"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Scan completed successfully")},
        {QStringLiteral("dc.db.config.status.failed"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "Failed")},
        {QStringLiteral("dc.db.config.status.draft_download_failed"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Draft (download failed)")},
        {QStringLiteral("dc.patch.patchinfo.English"), QT_TRANSLATE_NOOP("pmp::api::I18nText", "English")},
        {QStringLiteral("desktopcentral.server.patchmgmt.patch_download_success"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Patch downloaded successfully")},
        {QStringLiteral("dc.som.agentinstall.remarks.unknown_credential"),
         QT_TRANSLATE_NOOP("pmp::api::I18nText", "Agent installation failed: unknown credentials")},
    };
    return dict;
}

// "Scanning_completedsuccessfully" -> "Scanning completedsuccessfully"; "yet_to_install" -> "Yet to install";
// "INSTALLED" -> "Installed"; "installedSuccessfully" -> "Installed successfully".
QString humanize(QString segment)
{
    static const QRegularExpression camel(QStringLiteral("([a-z])([A-Z])"));
    segment.replace(camel, QStringLiteral("\\1 \\2"));
    segment.replace(QLatin1Char('_'), QLatin1Char(' '));
    segment = segment.simplified().toLower();
    if (!segment.isEmpty())
        segment[0] = segment.at(0).toUpper();
    return segment;
}

} // namespace

bool I18nText::isKey(const QString &text)
{
    static const QRegularExpression key(
        QStringLiteral("^(\\[i18n\\])?(dc|desktopcentral|mdm|pm|ems|patch)\\.[A-Za-z0-9_.\\-]+(\\[/i18n\\])?$"));
    return key.match(text.trimmed()).hasMatch();
}

QString I18nText::toText(const QString &key)
{
    const QString k = stripWrapper(key);
    const auto it = dictionary().constFind(k);
    if (it != dictionary().constEnd())
        return QCoreApplication::translate("pmp::api::I18nText", it.value());
    const int dot = k.lastIndexOf(QLatin1Char('.'));
    return humanize(dot >= 0 ? k.mid(dot + 1) : k);
}

} // namespace pmp::api
