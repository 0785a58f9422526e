#include "FleetState.h"

#include "SeedHash.h"
#include "SimClock.h"

#include <cmath>

namespace pmp::sim {

namespace {

// Windows installer / Windows Update codes seen in real deployments (decimal, as PMP shows them).
struct InstallError
{
    int code;
    const char *text;
};
constexpr InstallError installErrors[] = {
    {1603, "Fatal error during installation"},
    {1618, "Another installation is already in progress"},
    {1635, "This update package could not be opened"},
    {17025, "Patch package is not applicable (product not installed)"},
    {-2145124329, "0x80240017: Operation is not applicable to this system"},
    {-2147024784, "0x80070070: Not enough disk space"},
    {-2146498530, "0x800F081E: The package is not applicable"},
    {112, "Insufficient disk space on the target computer"},
};

const QStringList agentVersions{QStringLiteral("11.4.2522.01"), QStringLiteral("11.4.2516.03"),
                                QStringLiteral("11.3.2440.05"), QStringLiteral("11.2.2408.02")};

} // namespace

FleetState::FleetState(quint64 seed) : m_seed(seed) {}

const std::array<int, 5> &FleetState::vulnerableThresholds()
{
    // E07 healthpolicy.vulnerable: the most missing patches per severity (unrated, low, moderate,
    // important, critical) that still only counts as vulnerable.
    static const std::array<int, 5> t{0, 99, 74, 49, 0};
    return t;
}

const std::array<int, 5> &FleetState::highlyVulnerableThresholds()
{
    // E07 healthpolicy.highly_vulnerable: from this many missing patches of a severity on.
    static const std::array<int, 5> t{0, 100, 75, 50, 1};
    return t;
}

int FleetState::healthFor(const Computer &c)
{
    if (!c.scanned())
        return 0; // Unknown
    const auto &hv = highlyVulnerableThresholds();
    bool anyRated = false;
    for (int s = 1; s <= 4; ++s) {
        if (c.missingBySeverity[s] >= hv[s])
            return 3; // Highly vulnerable
        anyRated = anyRated || c.missingBySeverity[s] > 0;
    }
    return anyRated ? 2 : 1; // unrated patches do not make a system vulnerable
}

int FleetState::computerIndex(qint64 resourceId) const
{
    const qint64 i = resourceId - m_firstComputerId;
    if (i < 0 || i >= m_computers.size() || m_computers.at(int(i)).removed)
        return -1;
    return int(i);
}

int FleetState::computerIndexByName(const QString &name) const
{
    return m_computerByName.value(name.toLower(), -1);
}

int FleetState::computerIndexByIp(const QString &ip) const
{
    for (int c = 0; c < m_computers.size(); ++c)
        if (!m_computers.at(c).removed && ipAddress(c) == ip)
            return c;
    return -1;
}

int FleetState::patchIndex(qint64 patchId) const
{
    return m_patchById.value(patchId, -1);
}

int FleetState::officeIndex(const QString &name) const
{
    for (int i = 0; i < m_offices.size(); ++i)
        if (m_offices.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int FleetState::domainIndex(const QString &name) const
{
    for (int i = 0; i < m_domains.size(); ++i)
        if (m_domains.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int FleetState::groupIndex(const QString &name) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int FleetState::groupIndexById(qint64 id) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).id == id)
            return i;
    return -1;
}

int FleetState::policyIndex(qint64 templateId) const
{
    for (int i = 0; i < m_policies.size(); ++i)
        if (m_policies.at(i).templateId == templateId)
            return i;
    return -1;
}

int FleetState::policyIndexByName(const QString &name) const
{
    for (int i = 0; i < m_policies.size(); ++i)
        if (m_policies.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int FleetState::apdTaskIndex(const QString &name) const
{
    for (int i = 0; i < m_apdTasks.size(); ++i)
        if (m_apdTasks.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool FleetState::inGroup(int computer, int group) const
{
    const CustomGroup &g = m_groups.at(group);
    if (g.kind == CustomGroup::Kind::AllComputers)
        return true;
    if (g.bit < 0)
        return false;
    return m_computers.at(computer).groups & (quint64(1) << g.bit);
}

bool FleetState::isApplicable(int computer, int patch) const
{
    const Computer &c = m_computers.at(computer);
    const Patch &p = m_patches.at(patch);
    if (c.removed || !c.scanned())
        return false;
    const OsProfile &os = m_osProfiles.at(c.os);
    if (os.platform != p.platform)
        return false;
    if (p.familyMask && !(p.familyMask & (1u << os.family)))
        return false;
    if (p.title >= 0 && !(c.titles & (quint64(1) << p.title)))
        return false;
    return true;
}

PatchStatus FleetState::status(int computer, int patch) const
{
    if (!isApplicable(computer, patch))
        return {};
    const auto it = m_overrides.constFind(pairKey(computer, patch));
    if (it != m_overrides.constEnd())
        return *it;
    return baseStatus(computer, patch);
}

PatchStatus FleetState::baseStatus(int computer, int patch) const
{
    const Computer &c = m_computers.at(computer);
    const Patch &p = m_patches.at(patch);
    const quint64 h = SeedHash::of(m_seed, quint64(c.id), quint64(p.id), 0x57a7e);
    // Fresh patches are far more often missing than old ones; the computer's hygiene scales it.
    const double ageDays = double(SimClock::ReferenceMs - p.releasedMs) / double(SimClock::DayMs);
    const double pMissing = std::min(0.95, c.hygiene * (0.35 + 2.2 * std::exp(-ageDays / 60.0)));
    // Immutable anchor: a later scan must not change derived states (the counts are incremental).
    const qint64 anchor = c.baselineScanMs > 0 ? c.baselineScanMs : SimClock::ReferenceMs;
    PatchStatus s;
    if (p.releasedMs > anchor || SeedHash::unit(h) < pMissing) {
        const quint64 h2 = SeedHash::mix(h);
        if (p.releasedMs <= anchor && SeedHash::unit(h2) < 0.12) {
            s.state = PatchState::Failed;
            s.errorCode = installErrors[SeedHash::below(SeedHash::mix(h2), int(std::size(installErrors)))].code;
        } else {
            s.state = PatchState::Missing;
        }
        return s;
    }
    s.state = PatchState::Installed;
    qint64 when = p.supportedMs + qint64(SeedHash::below(SeedHash::mix(h ^ 0x11), 21 * 24)) * 3600 * 1000;
    if (when > anchor)
        when = anchor - qint64(SeedHash::below(h, 36)) * 3600 * 1000;
    s.installedMs = when;
    return s;
}

QString FleetState::installErrorText(int code) const
{
    for (const InstallError &e : installErrors)
        if (e.code == code)
            return QString::fromLatin1(e.text);
    return QStringLiteral("Installation failed");
}

QString FleetState::historicConfigName(int computer, int patch) const
{
    const quint64 h =
        SeedHash::of(m_seed, quint64(m_computers.at(computer).id), quint64(m_patches.at(patch).id), 0xc0f);
    if (m_historicConfigNames.isEmpty() || SeedHash::unit(h) < 0.3)
        return QStringLiteral("--"); // installed outside Patch Manager Plus
    return m_historicConfigNames.at(SeedHash::below(SeedHash::mix(h), int(m_historicConfigNames.size())));
}

void FleetState::account(int computer, int patch, PatchState state, int sign)
{
    Computer &c = m_computers[computer];
    Patch &p = m_patches[patch];
    const bool thirdParty = p.updateType == UpdateType::ThirdParty;
    switch (state) {
    case PatchState::NotApplicable:
        return;
    case PatchState::Installed:
        p.installed += sign;
        (thirdParty ? c.installedThirdParty : c.installedOs) += sign;
        return;
    case PatchState::Failed:
        p.failed += sign;
        c.failed += sign;
        break;
    case PatchState::Missing:
        p.missing += sign;
        break;
    }
    (thirdParty ? c.missingThirdParty : c.missingOs) += sign;
    c.missingBySeverity[std::clamp(p.severity, 0, 4)] += sign;
}

void FleetState::countComputer(int computer, int sign)
{
    forEachApplicable(computer, [&](int p, const PatchStatus &s) { account(computer, p, s.state, sign); });
    Computer &c = m_computers[computer];
    c.health = healthFor(c);
}

void FleetState::finishGeneration()
{
    m_patchById.clear();
    for (int p = 0; p < m_patches.size(); ++p)
        m_patchById.insert(m_patches.at(p).id, p);
    m_firstComputerId = m_computers.isEmpty() ? 0 : m_computers.first().id;
    m_computerByName.clear();
    for (auto &list : m_computersByPlatform)
        list.clear();
    m_activeComputers = 0;
    for (int c = 0; c < m_computers.size(); ++c) {
        const Computer &comp = m_computers.at(c);
        m_computerByName.insert(comp.name.toLower(), c);
        m_computersByPlatform[std::clamp(m_osProfiles.at(comp.os).platform, 0, 3)].append(c);
        if (!comp.removed)
            ++m_activeComputers;
    }
    // Candidate patches per OS profile: same platform and family; titles are checked per computer.
    m_candidatesByOs.clear();
    for (const OsProfile &os : m_osProfiles) {
        QList<int> list;
        for (int p = 0; p < m_patches.size(); ++p) {
            const Patch &patch = m_patches.at(p);
            if (patch.platform == os.platform && (!patch.familyMask || (patch.familyMask & (1u << os.family))))
                list.append(p);
        }
        m_candidatesByOs.append(list);
    }
    for (int c = 0; c < m_computers.size(); ++c)
        countComputer(c, +1);
}

void FleetState::setStatus(int computer, int patch, const PatchStatus &status)
{
    if (!isApplicable(computer, patch))
        return;
    const PatchStatus old = this->status(computer, patch);
    account(computer, patch, old.state, -1);
    m_overrides.insert(pairKey(computer, patch), status);
    account(computer, patch, status.state, +1);
    Computer &c = m_computers[computer];
    c.health = healthFor(c);
    if (status.state == PatchState::Installed)
        c.lastPatchedMs = std::max(c.lastPatchedMs, status.installedMs);
}

void FleetState::markScanned(int computer, qint64 when)
{
    Computer &c = m_computers[computer];
    if (c.removed)
        return;
    const bool first = !c.scanned();
    c.scanStatus = 228;
    c.lastScanMs = when;
    c.lastSuccessfulScanMs = when;
    c.lastSyncMs = when;
    c.statusUpdateMs = when;
    if (first)
        countComputer(computer, +1); // patches become known with the first successful scan
    c.health = healthFor(c);
}

void FleetState::removeComputer(int computer)
{
    Computer &c = m_computers[computer];
    if (c.removed)
        return;
    countComputer(computer, -1);
    c.removed = true;
    c.missingBySeverity = {};
    c.installedOs = c.installedThirdParty = c.missingOs = c.missingThirdParty = c.failed = 0;
    m_computerByName.remove(c.name.toLower());
    --m_activeComputers;
}

void FleetState::setApproval(int patch, int approval, const QString &by, qint64 when)
{
    Patch &p = m_patches[patch];
    p.approval = approval;
    p.approvedBy = by;
    p.approvalMs = when;
    p.updatedMs = when;
}

// ---- Derived attributes ------------------------------------------------------------------------

QString FleetState::ipAddress(int computer) const
{
    const RemoteOffice &o = m_offices.at(m_computers.at(computer).office);
    return QStringLiteral("10.%1.%2.%3")
        .arg(o.ipSecondOctet + computer / 64000)
        .arg((computer / 250) % 256)
        .arg(computer % 250 + 4);
}

QString FleetState::subnetAddress(int computer) const
{
    const QStringList parts = ipAddress(computer).split(QLatin1Char('.'));
    return QStringLiteral("%1.%2.%3.0").arg(parts.at(0), parts.at(1)).arg(parts.at(2).toInt() & ~3);
}

QString FleetState::gateway(int computer) const
{
    QString s = subnetAddress(computer);
    s.chop(1);
    return s + QLatin1Char('1');
}

QString FleetState::dhcpServer(int computer) const
{
    const QStringList parts = ipAddress(computer).split(QLatin1Char('.'));
    return QStringLiteral("%1.%2.0.3").arg(parts.at(0), parts.at(1)); // .1 gateways, .2 distribution servers
}

QString FleetState::macAddress(int computer) const
{
    const Computer &c = m_computers.at(computer);
    // Organisationally unique identifiers of the hardware vendors in hardwareModels order.
    static const char *ouis[] = {"3c:52:82", "f8:bc:12", "54:e1:ad", "a4:83:e7", "00:50:56", "00:15:5d", "b0:22:7a"};
    const quint64 h = SeedHash::of(m_seed, quint64(c.id), 0x3ac);
    const char *oui = ouis[std::clamp(c.model, 0, int(std::size(ouis)) - 1)];
    return QStringLiteral("%1:%2:%3:%4")
        .arg(QLatin1String(oui))
        .arg(int(h & 0xff), 2, 16, QLatin1Char('0'))
        .arg(int((h >> 8) & 0xff), 2, 16, QLatin1Char('0'))
        .arg(int((h >> 16) & 0xff), 2, 16, QLatin1Char('0'));
}

QString FleetState::fqdn(int computer) const
{
    const Computer &c = m_computers.at(computer);
    const int platform = m_osProfiles.at(c.os).platform;
    const QString dns = m_domainDns.value(c.domain);
    if (platform == 2 || dns.isEmpty())
        return c.name + QStringLiteral(".local");
    if (platform == 3)
        return c.name + QLatin1Char('.') + dns.toLower();
    return (c.name + QLatin1Char('.') + dns).toUpper();
}

QString FleetState::loggedOnUser(int computer) const
{
    const Computer &c = m_computers.at(computer);
    if (c.liveStatus != 1)
        return QStringLiteral("--");
    const OsProfile &os = m_osProfiles.at(c.os);
    if (os.server)
        return os.platform == 3 ? QStringLiteral("root") : QStringLiteral("Administrator");
    const QStringList name = m_people.value(c.user).split(QLatin1Char(' '));
    if (name.size() < 2)
        return QStringLiteral("--");
    return (name.at(0).left(1) + QLatin1Char('.') + name.at(1)).toLower();
}

QString FleetState::serviceTag(int computer) const
{
    const Computer &c = m_computers.at(computer);
    static const char alphabet[] = "0123456789BCDFGHJKLMNPQRSTVWXYZ";
    quint64 h = SeedHash::of(m_seed, quint64(c.id), 0x7a6);
    QString tag;
    const int length = (c.model == 1) ? 7 : 10; // Dell tags are seven characters
    for (int i = 0; i < length; ++i) {
        tag += QLatin1Char(alphabet[h % (sizeof alphabet - 1)]);
        h = SeedHash::mix(h);
    }
    if (c.model == 3)
        tag = QStringLiteral("C02") + tag.mid(3); // Apple serial numbers
    if (c.model == 4 || c.model == 5)
        tag = QStringLiteral("VMware-") + tag; // virtual machines
    return tag;
}

QString FleetState::agentVersion(int computer) const
{
    const Computer &c = m_computers.at(computer);
    static const char suffix[] = {'W', 'W', 'M', 'L'};
    const int platform = std::clamp(m_osProfiles.at(c.os).platform, 0, 3);
    return agentVersions.value(c.agentVersion) + QLatin1Char('.') + QLatin1Char(suffix[platform]);
}

qint64 FleetState::agentVersionNumber(int computer) const
{
    QString digits = agentVersions.value(m_computers.at(computer).agentVersion);
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

int FleetState::processorArchTypeId(int computer) const
{
    const Computer &c = m_computers.at(computer);
    const OsProfile &os = m_osProfiles.at(c.os);
    if (os.platform == 2)
        return c.model == 3 ? 5 : 3; // Apple silicon
    if (os.platform == 1 && !os.server && SeedHash::unit(SeedHash::of(m_seed, quint64(c.id), 0xa12)) < 0.03)
        return 5; // a few Windows on ARM laptops
    return 3;
}

int FleetState::processorArchitecture(int computer) const
{
    // computer.processor_architecture numbers the same kinds one lower (0 Unknown .. 4 ARM64).
    return processorArchTypeId(computer) - 1;
}

QString FleetState::processorArchName(int computer) const
{
    switch (processorArchTypeId(computer)) {
    case 2:
        return QStringLiteral("x86-based PC");
    case 3:
        return QStringLiteral("x64-based PC");
    case 4:
        return QStringLiteral("ARM32-based PC");
    case 5:
        return QStringLiteral("ARM64-based PC");
    default:
        return QStringLiteral("Unknown");
    }
}

} // namespace pmp::sim
