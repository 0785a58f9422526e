#include "PatchReleases.h"

namespace pmp::sim::fleet {

QString KbNumbers::next(SeededRandom &rng)
{
    QString k;
    do {
        m_next -= 1 + rng.bounded(40);
        k = QString::number(m_next);
    } while (m_used.contains(k));
    m_used.insert(k);
    return k;
}

PatchMonth::PatchMonth(SeededRandom &rng, KbNumbers &kbs, int monthsBack, const QDate &newestMonth,
                       QList<Draft> &drafts)
    : m_rng(rng), m_kbs(kbs), m_drafts(drafts), m(monthsBack), month(newestMonth.addMonths(-monthsBack)),
      tuesday(patchTuesday(month)), pt(msOf(tuesday)), tag(monthTag(month)), msb(bulletinMonth(month))
{
}

void PatchMonth::addAll()
{
    // In this order, always: the fleet is the random sequence, and tests name what it makes.
    microsoftCumulativeUpdates();
    dotNetUpdates();
    previewsDefinitionsAndRemovalTool();
    officeAndOtherMicrosoft();
    drivers();
    thirdPartyApplications();
    apple();
    linuxAdvisories();
    firmware();
}

qint64 PatchMonth::day(int lo, int hi)
{
    return msOf(month.addDays(m_rng.between(lo, hi)), m_rng.between(6, 20));
}

void PatchMonth::add(Draft d)
{
    if (d.bulletin.isEmpty())
        d.bulletin = msb + QString::number(++m_msSequence);
    m_drafts.append(d);
}

QString PatchMonth::kb()
{
    return m_kbs.next(m_rng);
}

qint64 PatchMonth::bytes(int loMb, int hiMb)
{
    return qint64(m_rng.between(loMb * 1024, hiMb * 1024)) * 1024 + m_rng.bounded(1024);
}

void PatchMonth::microsoftCumulativeUpdates()
{
    // Microsoft: cumulative updates per OS family on Patch Tuesday.
    struct Cu
    {
        int family;
        const char *text;
        const char *file;
    };
    const Cu cus[] = {
        {Win11, "Cumulative Update for Windows 11 Version 24H2 for x64-based Systems", "windows11.0-kb%1-x64.msu"},
        {Win10, "Cumulative Update for Windows 10 Version 22H2 for x64-based Systems", "windows10.0-kb%1-x64.msu"},
        {Srv2022, "Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems",
         "windows10.0-kb%1-x64.msu"},
        {Srv2019, "Cumulative Update for Windows Server 2019 for x64-based Systems", "windows10.0-kb%1-x64.msu"},
        {Srv2016, "Cumulative Update for Windows Server 2016 for x64-based Systems", "windows10.0-kb%1-x64.msu"},
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
}

void PatchMonth::dotNetUpdates()
{
    // .NET Framework cumulative updates.
    for (int family : {int(Win11), int(Win10)}) {
        Draft d;
        d.series = QStringLiteral("dotnet-%1").arg(family);
        d.kb = kb();
        d.description = QStringLiteral("%1 Cumulative Update for .NET Framework 3.5 and 4.8.1 for %2 for x64 (KB%3)")
                            .arg(tag,
                                 family == Win11 ? QStringLiteral("Windows 11, version 24H2")
                                                 : QStringLiteral("Windows 10 Version 22H2"),
                                 d.kb);
        d.name = QStringLiteral("windows%1.0-kb%2-x64-ndp481.msu").arg(family == Win11 ? 11 : 10).arg(d.kb);
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
            QStringLiteral("%1 Security and Quality Rollup for .NET Framework 4.8 for Windows Server (KB%2)")
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
}

void PatchMonth::previewsDefinitionsAndRemovalTool()
{
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
        d.sqNumber = QStringLiteral("1.%1.%2.0").arg(441 - m * 2 - (w < 2 ? 1 : 0)).arg(build % 9000 + 100);
        d.kb = QStringLiteral("2267602");
        d.description =
            QStringLiteral("Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version %1)")
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
        d.description = QStringLiteral("Windows Malicious Software Removal Tool x64 - v%1 (KB890830)").arg(d.sqNumber);
        d.name = QStringLiteral("windows-kb890830-x64-v%1.exe").arg(d.sqNumber);
        d.vendor = QStringLiteral("Microsoft");
        d.type = UpdateType::Tool;
        d.severity = 0;
        d.size = bytes(55, 80);
        d.releasedMs = pt;
        add(d);
    }
}

void PatchMonth::officeAndOtherMicrosoft()
{
    // Office.
    {
        Draft d;
        d.series = QStringLiteral("office2016");
        d.kb = kb();
        d.description = QStringLiteral("Security Update for Microsoft Office 2016 (KB%1) 64-Bit Edition").arg(d.kb);
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
        a.description =
            QStringLiteral("Microsoft 365 Apps for enterprise Version %1 (Build %2)").arg(ver).arg(a.sqNumber.mid(5));
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
            QStringLiteral("Servicing Stack Update for Windows 10 Version 22H2 for x64-based Systems (KB%1)").arg(d.kb);
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
        d.description =
            QStringLiteral("Update for Windows Security platform - KB%1 (Version 1.0.%2.0)").arg(d.kb).arg(2510 - m);
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
        d.description = QStringLiteral("Microsoft Visual C++ 2015-2022 Redistributable (x64) - %1").arg(d.sqNumber);
        d.name = QStringLiteral("VC_redist.x64.exe");
        d.vendor = QStringLiteral("Microsoft");
        d.severity = 2;
        d.size = bytes(24, 26);
        d.releasedMs = day(5, 25);
        d.reboot = 2;
        d.title = QStringLiteral("vcredist");
        add(d);
    }
}

void PatchMonth::drivers()
{
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
}

void PatchMonth::thirdPartyApplications()
{
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
        {"chrome", "chrome", "Google", "Google Chrome (x64)", "googlechromestandaloneenterprise64_%1.msi", 7, 1, 2, 3,
         4, 100, 130, 1, true},
        {"firefox", "firefox", "Mozilla", "Mozilla Firefox (x64 en-US)", "Firefox Setup %1.exe", 12, 1, 1, 3, 4, 55, 70,
         1, true},
        {"firefox-esr", "firefox-esr", "Mozilla", "Mozilla Firefox ESR (x64 en-US)", "Firefox Setup %1esr.exe", 13, 1,
         1, 3, 4, 55, 70, 1, true},
        {"edge", "edge", "Microsoft", "Microsoft Edge (x64)", "MicrosoftEdgeEnterpriseX64_%1.msi", 21, 1, 2, 3, 4, 150,
         180, 1, false},
        {"teams", "teams", "Microsoft", "Microsoft Teams (x64)", "MSTeams-x64_%1.msix", 22, 1, 1, 1, 2, 130, 160, 1,
         true},
        {"acrobat", "acrobat", "Adobe", "Adobe Acrobat Reader DC", "AcroRdrDCx64%1_MUI.exe", 31, 1, 1, 3, 4, 600, 700,
         1, true},
        {"java8", "java8", "Oracle", "Java SE Runtime Environment 8", "jre-8u%1-windows-x64.exe", 40, 3, 1, 3, 4, 40,
         45, 1, true},
        {"7zip", "7zip", "Igor Pavlov", "7-Zip (x64)", "7z%1-x64.exe", 58, 3, 1, 2, 3, 1, 2, 1, true},
        {"notepadpp", "notepadpp", "Notepad++ Team", "Notepad++ (x64)", "npp.%1.Installer.x64.exe", 63, 1, 1, 1, 3, 4,
         6, 1, true},
        {"zoom", "zoom", "Zoom Video Communications", "Zoom Workplace (x64)", "ZoomInstallerFull_%1.msi", 75, 1, 1, 2,
         3, 80, 100, 1, true},
        {"vlc", "vlc", "VideoLAN", "VLC media player (x64)", "vlc-%1-win64.exe", 81, 2, 1, 2, 3, 40, 45, 1, true},
        {"putty", "putty", "Simon Tatham", "PuTTY (x64)", "putty-64bit-%1-installer.msi", 88, 4, 1, 2, 3, 3, 4, 1,
         true},
        {"winscp", "winscp", "Martin Prikryl", "WinSCP", "WinSCP-%1-Setup.exe", 91, 2, 1, 1, 2, 11, 12, 1, true},
        {"filezilla", "filezilla", "Tim Kosse", "FileZilla Client", "FileZilla_%1_win64-setup.exe", 95, 2, 1, 1, 2, 12,
         14, 1, true},
        {"git", "git", "The Git Development Community", "Git for Windows (x64)", "Git-%1-64-bit.exe", 102, 1, 1, 1, 3,
         60, 70, 1, true},
        {"python", "python", "Python Software Foundation", "Python 3.13 (x64)", "python-%1-amd64.exe", 110, 2, 1, 2, 3,
         27, 30, 1, true},
        {"nodejs", "nodejs", "OpenJS Foundation", "Node.js LTS (x64)", "node-v%1-x64.msi", 118, 1, 1, 2, 3, 28, 32, 1,
         true},
        {"keepass", "keepass", "Dominik Reichl", "KeePass Password Safe", "KeePass-%1-Setup.exe", 124, 3, 1, 1, 2, 3, 4,
         1, true},
        {"wireshark", "wireshark", "Wireshark Foundation", "Wireshark (x64)", "Wireshark-%1-x64.exe", 131, 2, 1, 2, 3,
         80, 90, 1, true},
        {"teamviewer", "teamviewer", "TeamViewer", "TeamViewer", "TeamViewer_Setup_x64_%1.exe", 140, 1, 1, 2, 3, 70, 80,
         1, true},
        {"slack", "slack", "Slack Technologies", "Slack (x64)", "SlackSetup_%1.msi", 147, 1, 1, 1, 2, 90, 110, 1, true},
        {"citrix", "citrix", "Citrix", "Citrix Workspace app", "CitrixWorkspaceApp_%1.exe", 152, 3, 1, 2, 3, 200, 230,
         1, true},
        {"bandizip", "bandizip", "Bandisoft", "Bandizip", "BANDIZIP-SETUP-%1.EXE", 75, 2, 1, 1, 1, 6, 7, 1, true},
        {"chrome-mac", "chrome-mac", "Google", "Google Chrome for Mac", "googlechrome_%1.pkg", 207, 1, 1, 3, 4, 200,
         240, 2, false},
        {"firefox-mac", "firefox-mac", "Mozilla", "Mozilla Firefox for Mac", "Firefox %1.pkg", 212, 1, 1, 3, 4, 130,
         150, 2, false},
        {"zoom-mac", "zoom-mac", "Zoom Video Communications", "Zoom Workplace for Mac", "zoomusInstallerFull_%1.pkg",
         275, 1, 1, 2, 3, 90, 110, 2, false},
        {"office-mac", "office-mac", "Microsoft", "Microsoft Office for Mac", "Microsoft_Office_%1_Updater.pkg", 280, 1,
         1, 3, 3, 1500, 2000, 2, false},
        {"slack-mac", "slack-mac", "Slack Technologies", "Slack for Mac", "Slack-%1-macOS.dmg", 247, 2, 1, 1, 2, 150,
         180, 2, false},
        {"chrome-linux", "chrome-linux", "Google", "Google Chrome for Linux", "google-chrome-stable_%1_amd64.deb", 307,
         1, 1, 3, 4, 100, 115, 3, false},
    };
    for (const App &a : apps) {
        if (a.every > 1 && m % a.every != 0)
            continue;
        for (int k = 0; k < a.perMonth; ++k) {
            const int step = m * a.perMonth + k; // 0 = newest release of the product
            const QString series = QString::fromLatin1(a.series);
            QString ver;
            if (series.startsWith(QLatin1String("chrome")))
                ver = QStringLiteral("%1.0.%2.%3").arg(142 - step / 2).arg(7444 - step * 45).arg(60 + (step % 2) * 75);
            else if (series == QLatin1String("edge"))
                ver = QStringLiteral("%1.0.%2.%3").arg(142 - step / 2).arg(3595 - step * 40).arg(53 + (step % 2) * 30);
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
}

void PatchMonth::apple()
{
    // Apple.
    if (m % 2 == 0) {
        struct MacOs
        {
            int family;
            const char *name;
            int major;
        };
        for (const MacOs &os : {MacOs{Mac15, "Sequoia", 15}, MacOs{Mac14, "Sonoma", 14}, MacOs{Mac13, "Ventura", 13}}) {
            if (os.family == Mac13 && m % 4 != 0)
                continue;
            Draft d;
            d.series = QStringLiteral("macos-%1").arg(os.major);
            const int minor = std::max(0, 7 - m / 2);
            d.sqNumber = QStringLiteral("%1.%2").arg(os.major).arg(minor);
            d.description = os.family == Mac15
                                ? QStringLiteral("macOS %1 %2 Update").arg(QString::fromLatin1(os.name), d.sqNumber)
                                : QStringLiteral("macOS %1 %2.%3 Security Update")
                                      .arg(QString::fromLatin1(os.name), d.sqNumber)
                                      .arg(8);
            d.name = QStringLiteral("macOS%1%2Update.pkg").arg(QString::fromLatin1(os.name), d.sqNumber);
            d.vendor = QStringLiteral("Apple");
            d.bulletin = QStringLiteral("APPLE-SA-%1").arg(month.addDays(20).toString(QStringLiteral("yyyy-MM-dd")));
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
        d.bulletin = QStringLiteral("APPLE-SA-%1").arg(month.addDays(12).toString(QStringLiteral("yyyy-MM-dd")));
        d.platform = 2;
        d.severity = 3;
        d.size = bytes(90, 130);
        d.releasedMs = msOf(month.addDays(12));
        d.reboot = 0;
        d.families = bit(Mac14) | bit(Mac13);
        d.cves = m_rng.between(2, 20);
        add(d);
    }
}

void PatchMonth::linuxAdvisories()
{
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
        {"usn-kernel", "Canonical", "linux", "Linux kernel vulnerabilities", int(bit(Ubuntu24) | bit(Ubuntu22)), 0, 4,
         true},
        {"usn-openssl", "Canonical", "openssl", "OpenSSL vulnerabilities", int(bit(Ubuntu24) | bit(Ubuntu22)), 0, 3,
         false},
        {"usn-misc", "Canonical", "curl", "curl vulnerabilities", int(bit(Ubuntu24) | bit(Ubuntu22)), 0, 2, false},
        {"rhsa-kernel", "Red Hat", "kernel", "kernel security update", int(bit(Rhel9) | bit(Rhel8)), 1, 3, true},
        {"rhsa-openssh", "Red Hat", "openssh", "openssh security update", int(bit(Rhel9) | bit(Rhel8)), 1, 3, false},
        {"rhsa-glibc", "Red Hat", "glibc", "glibc security update", int(bit(Rhel9) | bit(Rhel8)), 1, 2, false},
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
            d.bulletin =
                QStringLiteral("RHSA-%1:%2").arg(year).arg(std::max(100, 18000 - m * 900 - int(&a - advisories) * 37));
        else
            d.bulletin = QStringLiteral("DSA-%1-1").arg(std::max(1000, 6050 - m * 12 - int(&a - advisories)));
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
}

void PatchMonth::firmware()
{
    // Firmware (BIOS).
    struct Firmware
    {
        const char *series, *title, *vendor, *text;
        int every, bi;
    };
    const Firmware firmware[] = {
        {"bios-hp", "bios-hp-840g10", "HP", "HP Firmware update - 8D8A System (01.%1.%2)", 3, 1},
        {"bios-dell", "bios-dell-5440", "Dell", "Dell BIOS Update - Latitude 5440 (1.%1.%2)", 3, 2},
        {"bios-lenovo", "bios-lenovo-t14g4", "Lenovo", "Lenovo BIOS Update - ThinkPad T14 Gen 4 (1.%1%2)", 4, 3},
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

} // namespace pmp::sim::fleet
