#include "DeclinePatchesRequest.h"

#include "RequestRules.h"

#include <QJsonArray>
#include <QSet>

namespace pmp::api {

namespace {

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QString patchField(qsizetype index, const char *member)
{
    return QStringLiteral("patches[%1].%2").arg(index).arg(QLatin1String(member));
}

} // namespace

QString DeclinePatchesRequest::reasonText(Reason reasonId)
{
    switch (reasonId) {
    case Reason::Unspecified:
        return {};
    case Reason::VendorReportedIssue:
        return tr("Vendor-reported patch issue");
    case Reason::NotApplicable:
        return tr("Accepted Risk - Not Applicable to Environment");
    case Reason::KnownConflict:
        return tr("Accepted Risk - Known Application Conflict");
    case Reason::ManagedAlternatively:
        return tr("Accepted Risk - Managed by Alternative Method");
    case Reason::Other:
        return tr("Other (Specify Below)");
    }
    return {};
}

QString DeclinePatchesRequest::reasonText(int reasonId)
{
    return reasonText(Reason(reasonId));
}

QString DeclinePatchesRequest::linuxNotice()
{
    return tr("The server does not decline Linux patches: they are left out of this request automatically.");
}

bool DeclinePatchesRequest::isLinuxPlatform(const QString &platform)
{
    return platform.trimmed().compare(QLatin1String("linux"), Qt::CaseInsensitive) == 0;
}

bool DeclinePatchesRequest::isAllComputersGroup(const QString &name)
{
    // Matched by name because its id is not documented; E37 spells it "All Computers Group" and the
    // guide's prose "All Computers group".
    const QString n = name.trimmed();
    return n.compare(QLatin1String("All Computers Group"), Qt::CaseInsensitive) == 0 ||
           n.compare(QLatin1String("All Computers"), Qt::CaseInsensitive) == 0;
}

bool DeclinePatchesRequest::hasLinuxPatches() const
{
    for (const Entry &e : m_entries)
        if (isLinuxPlatform(e.platform))
            return true;
    return false;
}

bool DeclinePatchesRequest::includesAllComputersGroup() const
{
    for (const CustomGroup &g : m_groups)
        if (isAllComputersGroup(g.name))
            return true;
    return false;
}

ApiError DeclinePatchesRequest::validateEntries() const
{
    if (m_entries.isEmpty())
        return ApiError::validation(QStringLiteral("patches"),
                                    tr("Patches list is empty: select at least one patch to decline."));
    QSet<qint64> seen;
    bool allLinux = true;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (e.patchId <= 0)
            return ApiError::validation(
                patchField(i, "id"),
                tr("Patch %1 has id %2, which is not a numeric patch id.").arg(i + 1).arg(e.patchId));
        if (seen.contains(e.patchId))
            return ApiError::validation(patchField(i, "id"),
                                        tr("Patch id %1 is listed more than once.").arg(e.patchId));
        seen.insert(e.patchId);
        if (e.reasonId == Reason::Unspecified)
            return ApiError::validation(
                patchField(i, "reasonId"),
                tr("reasonId is mandatory for patch id: %1. Choose why it is declined.").arg(e.patchId));
        const int reason = int(e.reasonId);
        if (reason < 1 || reason > 5)
            return ApiError::validation(
                patchField(i, "reasonId"),
                tr("reasonId %1 for patch id %2 is not one of the reasons 1 to 5.").arg(reason).arg(e.patchId));
        const QString remarks = e.remarks.trimmed();
        if (remarks.isEmpty())
            return ApiError::validation(
                patchField(i, "remarks"),
                tr("Remarks are required for patch id %1: say why it is declined.").arg(e.patchId));
        if (e.reasonId == Reason::Other && remarks.size() < MinOtherRemarksLength)
            return ApiError::validation(patchField(i, "remarks"),
                                        tr("The reason for patch id %1 is “Other”: describe it in at least %2 "
                                           "characters.")
                                            .arg(e.patchId)
                                            .arg(MinOtherRemarksLength));
        if (!isLinuxPlatform(e.platform))
            allLinux = false;
    }
    if (allLinux)
        return ApiError::validation(QStringLiteral("patches"),
                                    tr("Every selected patch is a Linux patch, and the server excludes Linux patches: "
                                       "nothing would be declined."));
    return {};
}

ApiError DeclinePatchesRequest::validateGroups() const
{
    const QString field = QStringLiteral("customGroupID");
    if (m_groups.isEmpty())
        return ApiError::validation(field, tr("customGroupID is empty: choose at least one custom group."));
    QSet<QString> seen;
    for (const CustomGroup &g : m_groups) {
        const QString id = g.id.trimmed();
        if (!isDigits(id))
            return ApiError::validation(field, tr("Custom group id “%1” is not numeric.").arg(g.id));
        if (seen.contains(id))
            return ApiError::validation(field, tr("Custom group id %1 is listed more than once.").arg(id));
        seen.insert(id);
    }
    if (m_groups.size() > 1 && includesAllComputersGroup())
        return ApiError::validation(field, tr("All Computer Groups cannot be selected with other Custom Groups: the "
                                              "All Computers Group already covers every computer."));
    return {};
}

ApiError DeclinePatchesRequest::validate(const QDateTime &) const
{
    if (const ApiError e = validateEntries())
        return e;
    return validateGroups();
}

QJsonObject DeclinePatchesRequest::body() const
{
    // E30 sends every id and the reason as strings, unlike the /api/1.4 writes (Q28).
    QJsonArray patches;
    for (const Entry &e : m_entries) {
        QJsonObject p{
            {QStringLiteral("id"), QString::number(e.patchId)},
            {QStringLiteral("reasonId"), QString::number(int(e.reasonId))},
            {QStringLiteral("remarks"), e.remarks.trimmed()},
        };
        if (!e.platform.isEmpty())
            p.insert(QStringLiteral("platform"), e.platform);
        patches.append(p);
    }
    QJsonArray groups;
    for (const CustomGroup &g : m_groups)
        groups.append(g.id.trimmed());
    return {{QStringLiteral("patches"), patches}, {QStringLiteral("customGroupID"), groups}};
}

QString DeclinePatchesRequest::summary() const
{
    const int n = int(m_entries.size());
    const QString what = tr("%n patch(es)", nullptr, n);
    QString where;
    if (includesAllComputersGroup()) {
        where = tr("all computers");
    } else {
        const int g = int(m_groups.size());
        where = RequestRules::withNames(tr("%n custom group(s)", nullptr, g), targets());
    }
    QString s = tr("Decline %1 for %2").arg(what, where);
    // One shared reason is worth stating; mixed reasons are in the per-patch details.
    bool same = !m_entries.isEmpty();
    for (const Entry &e : m_entries)
        same = same && e.reasonId == m_entries.constFirst().reasonId;
    if (same)
        s = RequestRules::clause(s, tr("reason: %1").arg(reasonText(m_entries.constFirst().reasonId)));
    if (hasLinuxPatches())
        s = RequestRules::clause(s, tr("Linux patches are skipped by the server"));
    return s;
}

QStringList DeclinePatchesRequest::targets() const
{
    QStringList out;
    for (const CustomGroup &g : m_groups)
        out.append(g.name.isEmpty() ? g.id : g.name);
    return out;
}

int DeclinePatchesRequest::targetCount() const
{
    return includesAllComputersGroup() ? -1 : int(m_groups.size());
}

} // namespace pmp::api
