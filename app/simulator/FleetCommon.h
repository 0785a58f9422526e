#pragma once

#include "Patch.h"
#include "SimClock.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// What the fleet generator's parts share: OS families, the reference clock, a patch before it is
// numbered. Internal to the simulator's generator (FleetGenerator, PatchMonth).
namespace pmp::sim::fleet {

// OS families decide which OS patches apply (Patch::familyMask bits).
enum Family
{
    Win11,
    Win10,
    Srv2022,
    Srv2019,
    Srv2016,
    Srv2012R2,
    Mac15,
    Mac14,
    Mac13,
    Ubuntu24,
    Ubuntu22,
    Rhel9,
    Rhel8,
    Debian12
};

constexpr quint32 bit(int family)
{
    return 1u << family;
}
constexpr quint32 Workstations = bit(Win11) | bit(Win10);
constexpr quint32 ModernServers = bit(Srv2022) | bit(Srv2019) | bit(Srv2016);

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 DayMs = SimClock::DayMs;
constexpr qint64 R = SimClock::ReferenceMs;

inline qint64 msOf(const QDate &date, int hour = 17)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Second Tuesday of the month: Microsoft's release day.
inline QDate patchTuesday(const QDate &monthStart)
{
    QDate d = monthStart;
    while (d.dayOfWeek() != Qt::Tuesday)
        d = d.addDays(1);
    return d.addDays(7);
}

struct Draft
{
    QString series; // versions of one product supersede each other
    QString name, description, vendor, kb = QStringLiteral("--"), sqNumber, bulletin;
    int platform = 1;
    UpdateType type = UpdateType::Security;
    int severity = 0;
    qint64 size = 0;
    qint64 releasedMs = 0;
    int reboot = 0;
    bool uninstallable = false;
    QString title;
    quint32 families = 0;
    int cves = 0;
};

inline QString monthTag(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

inline QString bulletinMonth(const QDate &d)
{
    static const char *names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return QStringLiteral("MS%1-%2")
        .arg(d.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(names[d.month() - 1]));
}

} // namespace pmp::sim::fleet
