#include "I18nText.h"

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

const QHash<QString, QString> &dictionary()
{
    static const QHash<QString, QString> dict{
        {QStringLiteral("dc.common.CRITICAL"), QStringLiteral("Critical")},
        {QStringLiteral("dc.common.IMPORTANT"), QStringLiteral("Important")},
        {QStringLiteral("dc.common.MODERATE"), QStringLiteral("Moderate")},
        {QStringLiteral("dc.common.LOW"), QStringLiteral("Low")},
        {QStringLiteral("dc.common.UNRATED"), QStringLiteral("Unrated")},
        {QStringLiteral("dc.common.APPROVED"), QStringLiteral("Approved")},
        {QStringLiteral("dc.common.NOT_APPROVED"), QStringLiteral("Not approved")},
        {QStringLiteral("dc.common.UNAPPROVED"), QStringLiteral("Not approved")},
        {QStringLiteral("dc.common.DECLINED"), QStringLiteral("Declined")},
        {QStringLiteral("dc.common.INSTALLED"), QStringLiteral("Installed")},
        {QStringLiteral("dc.common.MISSING"), QStringLiteral("Missing")},
        {QStringLiteral("dc.common.FAILED"), QStringLiteral("Failed")},
        {QStringLiteral("dc.common.SUCCESS"), QStringLiteral("Success")},
        {QStringLiteral("dc.common.NOT_APPLICABLE"), QStringLiteral("Not applicable")},
        {QStringLiteral("dc.db.som.status.installed_successfully"), QStringLiteral("Installed successfully")},
        {QStringLiteral("dc.db.som.status.yet_to_install"), QStringLiteral("Yet to install")},
        {QStringLiteral("dc.db.som.status.uninstalled_successfully"), QStringLiteral("Uninstalled successfully")},
        {QStringLiteral("dc.db.agent.install.success"), QStringLiteral("Agent installed successfully")},
        {QStringLiteral("dc.patch.util.Scanning_completedsuccessfully"), QStringLiteral("Scan completed successfully")},
        {QStringLiteral("dc.db.config.status.failed"), QStringLiteral("Failed")},
        {QStringLiteral("dc.db.config.status.draft_download_failed"), QStringLiteral("Draft (download failed)")},
        {QStringLiteral("dc.patch.patchinfo.English"), QStringLiteral("English")},
        {QStringLiteral("desktopcentral.server.patchmgmt.patch_download_success"),
         QStringLiteral("Patch downloaded successfully")},
        {QStringLiteral("dc.som.agentinstall.remarks.unknown_credential"),
         QStringLiteral("Agent installation failed: unknown credentials")},
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
        return it.value();
    const int dot = k.lastIndexOf(QLatin1Char('.'));
    return humanize(dot >= 0 ? k.mid(dot + 1) : k);
}

} // namespace pmp::api
