#pragma once

#include "ApdTask.h"
#include "Computer.h"
#include "CustomGroup.h"
#include "DeploymentConfig.h"
#include "DeploymentPolicy.h"
#include "OsProfile.h"
#include "Patch.h"
#include "PatchStatus.h"
#include "RemoteOffice.h"
#include "SoftwareTitle.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace pmp::sim {

// The simulated server's data. Nothing per (computer, patch) pair is stored up front: whether a patch
// applies to a computer and its state are pure functions of the seed; writes leave overrides, and the
// per-computer and per-patch counts are kept incrementally, so 50,000 computers start in seconds.
class FleetState
{
public:
    explicit FleetState(quint64 seed);

    quint64 seed() const { return m_seed; }

    const QStringList &osFamilies() const { return m_osFamilies; }
    const QList<OsProfile> &osProfiles() const { return m_osProfiles; }
    const QList<SoftwareTitle> &titles() const { return m_titles; }
    const QStringList &domains() const { return m_domains; }
    QString domainDnsSuffix(int domain) const { return m_domainDns.value(domain); }
    const QList<RemoteOffice> &offices() const { return m_offices; }
    const QList<CustomGroup> &groups() const { return m_groups; }
    const QList<Computer> &computers() const { return m_computers; }
    const QList<Patch> &patches() const { return m_patches; }
    const QList<DeploymentPolicy> &policies() const { return m_policies; }
    const QStringList &people() const { return m_people; }
    const QStringList &hardwareModels() const { return m_hardwareModels; }
    QList<DeploymentConfig> &configs() { return m_configs; }
    const QList<DeploymentConfig> &configs() const { return m_configs; }
    QList<ApdTask> &apdTasks() { return m_apdTasks; }
    const QList<ApdTask> &apdTasks() const { return m_apdTasks; }
    Computer &computer(int c) { return m_computers[c]; }
    Patch &patch(int p) { return m_patches[p]; }

    // Lookups; -1 when unknown (and for computers, when removed).
    int computerIndex(qint64 resourceId) const;
    int computerIndexByName(const QString &name) const;
    int computerIndexByIp(const QString &ip) const;
    int patchIndex(qint64 patchId) const;
    int officeIndex(const QString &name) const;
    int domainIndex(const QString &name) const;
    int groupIndex(const QString &name) const;
    int groupIndexById(qint64 id) const;
    int policyIndex(qint64 templateId) const;
    int policyIndexByName(const QString &name) const;
    int apdTaskIndex(const QString &name) const;
    bool inGroup(int computer, int group) const;
    int activeComputerCount() const { return m_activeComputers; }

    // Patch applicability and state.
    bool isApplicable(int computer, int patch) const;
    PatchStatus status(int computer, int patch) const;
    // Calls f(patchIndex) for every applicable patch until f returns false; the state is not computed.
    template <typename F> void visitApplicable(int computer, F &&f) const
    {
        const Computer &c = m_computers.at(computer);
        if (c.removed || !c.scanned())
            return;
        for (int p : m_candidatesByOs.at(c.os)) {
            const Patch &patch = m_patches.at(p);
            if (patch.title >= 0 && !(c.titles & (quint64(1) << patch.title)))
                continue;
            if (!f(p))
                return;
        }
    }
    // Calls f(patchIndex, PatchStatus) for every patch that applies to the computer, in patch order.
    template <typename F> void forEachApplicable(int computer, F &&f) const
    {
        visitApplicable(computer, [&](int p) {
            f(p, status(computer, p));
            return true;
        });
    }
    // The computers a patch can apply to (same platform, removed ones included), in computer order.
    const QList<int> &computersForPlatform(int platform) const { return m_computersByPlatform[platform]; }

    // Derived, deterministic attributes that are not worth storing for 50,000 computers.
    QString ipAddress(int computer) const;
    QString macAddress(int computer) const;
    QString fqdn(int computer) const;
    QString loggedOnUser(int computer) const;
    QString serviceTag(int computer) const;
    QString agentVersion(int computer) const;
    qint64 agentVersionNumber(int computer) const;
    QString subnetMask() const { return QStringLiteral("255.255.252.0"); }
    QString subnetAddress(int computer) const;
    QString gateway(int computer) const;
    QString dhcpServer(int computer) const;
    QString processorArchName(int computer) const;
    int processorArchTypeId(int computer) const;   // 1..5
    int processorArchitecture(int computer) const; // 0..4
    QString installErrorText(int code) const;
    // Which configuration name an installed patch came from when the state is generated.
    QString historicConfigName(int computer, int patch) const;

    // Health policy (E07) and the classification it drives.
    static const std::array<int, 5> &vulnerableThresholds();
    static const std::array<int, 5> &highlyVulnerableThresholds();
    static int healthFor(const Computer &c);

    // Writes.
    void setStatus(int computer, int patch, const PatchStatus &status);
    void markScanned(int computer, qint64 when); // a first scan reveals the computer's patches
    void removeComputer(int computer);
    void setApproval(int patch, int approval, const QString &by, qint64 when);

    // Used by FleetGenerator once the records are in place.
    void finishGeneration();

private:
    friend class FleetGenerator;
    PatchStatus baseStatus(int computer, int patch) const;
    void account(int computer, int patch, PatchState state, int sign);
    void countComputer(int computer, int sign);
    quint64 pairKey(int computer, int patch) const
    {
        return quint64(computer) * quint64(m_patches.size()) + quint64(patch);
    }

    quint64 m_seed;
    QStringList m_osFamilies;
    QList<OsProfile> m_osProfiles;
    QList<SoftwareTitle> m_titles;
    QStringList m_domains;
    QStringList m_domainDns;
    QList<RemoteOffice> m_offices;
    QList<CustomGroup> m_groups;
    QList<Computer> m_computers;
    QList<Patch> m_patches;
    QList<DeploymentPolicy> m_policies;
    QList<DeploymentConfig> m_configs;
    QList<ApdTask> m_apdTasks;
    QStringList m_people;
    QStringList m_hardwareModels;
    QStringList m_historicConfigNames;

    QHash<quint64, PatchStatus> m_overrides;
    QHash<qint64, int> m_patchById;
    QHash<QString, int> m_computerByName; // lower-case name
    QList<QList<int>> m_candidatesByOs;
    std::array<QList<int>, 4> m_computersByPlatform;
    qint64 m_firstComputerId = 0;
    int m_activeComputers = 0;
};

} // namespace pmp::sim
