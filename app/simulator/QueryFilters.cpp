#include "QueryFilters.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace pmp::sim {

bool QueryFilters::Scope::contains(const FleetState &fleet, int computer) const
{
    if (none)
        return false;
    const Computer &c = fleet.computers().at(computer);
    if (office >= 0 && c.office != office)
        return false;
    if (domain >= 0 && c.domain != domain)
        return false;
    if (group >= 0 && !fleet.inGroup(computer, group))
        return false;
    return true;
}

QueryFilters::Scope QueryFilters::scope(const FleetState &fleet, const SimRequest &request, bool withGroup)
{
    Scope s;
    if (request.hasParam(QStringLiteral("branchofficefilter"))) {
        s.office = fleet.officeIndex(request.param(QStringLiteral("branchofficefilter")).trimmed());
        s.none = s.none || s.office < 0;
    }
    if (request.hasParam(QStringLiteral("domainfilter"))) {
        s.domain = fleet.domainIndex(request.param(QStringLiteral("domainfilter")).trimmed());
        s.none = s.none || s.domain < 0;
    }
    if (withGroup && request.hasParam(QStringLiteral("customgroupfilter"))) {
        s.group = fleet.groupIndex(request.param(QStringLiteral("customgroupfilter")).trimmed());
        s.none = s.none || s.group < 0 || !fleet.groups().at(s.group).containsComputers();
    }
    return s;
}

bool QueryFilters::intParam(const SimRequest &request, const QString &name, const QList<int> &allowed,
                            std::optional<int> *value, QString *error)
{
    if (!request.hasParam(name))
        return true;
    bool ok = false;
    const QString text = request.param(name).trimmed();
    const int v = text.toInt(&ok);
    if (!ok || (!allowed.isEmpty() && !allowed.contains(v))) {
        QStringList values;
        for (int a : allowed)
            values << QString::number(a);
        *error =
            allowed.isEmpty()
                ? QStringLiteral("%1 must be a whole number, got '%2'").arg(name, text)
                : QStringLiteral("%1 must be one of %2, got '%3'").arg(name, values.join(QStringLiteral(", ")), text);
        return false;
    }
    *value = v;
    return true;
}

bool QueryFilters::idParam(const SimRequest &request, const QString &name, std::optional<qint64> *value, QString *error)
{
    if (!request.hasParam(name))
        return true;
    bool ok = false;
    const QString text = request.param(name).trimmed();
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("%1 must be a numeric id, got '%2'").arg(name, text);
        return false;
    }
    *value = v;
    return true;
}

int QueryFilters::platformFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("windows"))
        return 1;
    if (n == QLatin1String("mac") || n == QLatin1String("macos"))
        return 2;
    if (n == QLatin1String("linux"))
        return 3;
    return 0;
}

QString QueryFilters::platformName(int platform)
{
    switch (platform) {
    case 1:
        return QStringLiteral("Windows");
    case 2:
        return QStringLiteral("Mac");
    case 3:
        return QStringLiteral("Linux");
    default:
        return QStringLiteral("Unknown");
    }
}

bool QueryFilters::platformParam(const SimRequest &request, std::optional<int> *value, QString *error)
{
    if (!request.hasParam(QStringLiteral("platformfilter")))
        return true;
    const QString text = request.param(QStringLiteral("platformfilter"));
    const int p = platformFromName(text);
    if (!p) {
        *error = QStringLiteral("platformfilter must be Windows, Mac or Linux, got '%1'").arg(text);
        return false;
    }
    *value = p;
    return true;
}

bool QueryFilters::sameDay(const QString &filter, qint64 epochMs, bool *valid)
{
    const QString text = filter.trimmed();
    QDate wanted;
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        wanted = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
    else
        wanted = QDate::fromString(text, Qt::ISODate);
    *valid = wanted.isValid();
    if (!wanted.isValid() || epochMs <= 0)
        return false;
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).date() == wanted;
}

} // namespace pmp::sim
