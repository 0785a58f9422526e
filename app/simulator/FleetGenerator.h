#pragma once

#include <QStringList>

#include "FleetState.h"
#include "SeededRandom.h"

#include <QHash>

namespace pmp::sim {

// Builds a plausible fleet from a seed: offices, domains, custom groups, computers with realistic
// names and agents, and a patch catalogue of real-looking vendors released over the past months.
// Only the order of draws depends on the seed, so the same seed and sizes give the same fleet.
class FleetGenerator
{
public:
    static void generate(FleetState &fleet, int computers, int patches, bool hostileNames = false);
    // Names a hostile or careless tenant can give things: markup Qt would render (and an <img> that
    // would read /dev/zero or, on Windows, a UNC path), spreadsheet formulas, a 10,000-character name,
    // right-to-left overrides and script. Each begins with a marker tests look for.
    static QStringList hostileNames();

private:
    FleetGenerator(FleetState &fleet);
    void makeCatalogues();
    void makeOffices();
    void makeGroups();
    void makeComputers(int count);
    void makePatches(int count);
    void makePolicies();
    void makeConfigurations();
    void makeApdTasks();
    void giveHostileNames();
    int title(const QString &key) const { return m_titleIndex.value(key, -1); }

    FleetState &m_fleet;
    SeededRandom m_rng;
    QHash<QString, int> m_titleIndex;
    QHash<QString, int> m_groupBit; // group name -> membership bit
};

} // namespace pmp::sim
