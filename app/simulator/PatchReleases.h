#pragma once

#include "FleetCommon.h"
#include "SeededRandom.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pmp::sim::fleet {

// Microsoft KB numbers, unique and falling month by month (the months are made newest first).
class KbNumbers
{
public:
    QString next(SeededRandom &rng);

private:
    QSet<QString> m_used;
    int m_next = 5068100;
};

// One month of a vendor-realistic patch feed, vendor by vendor: Microsoft's Patch Tuesday and the
// rest of its month, drivers, third-party applications, Apple, Linux advisories and firmware. Each
// vendor is a function with its own table; the month's facts (Patch Tuesday, the bulletin prefix)
// and the random sequence are shared. FleetGenerator::makePatches numbers what this drafts.
class PatchMonth
{
public:
    PatchMonth(SeededRandom &rng, KbNumbers &kbs, int monthsBack, const QDate &newestMonth, QList<Draft> &drafts);
    void addAll();

private:
    void microsoftCumulativeUpdates();
    void dotNetUpdates();
    void previewsDefinitionsAndRemovalTool();
    void officeAndOtherMicrosoft();
    void drivers();
    void thirdPartyApplications();
    void apple();
    void linuxAdvisories();
    void firmware();

    qint64 day(int lo, int hi); // a release time between days lo and hi of the month
    void add(Draft d);          // numbers the month's Microsoft bulletins in order
    QString kb();
    qint64 bytes(int loMb, int hiMb);

    SeededRandom &m_rng;
    KbNumbers &m_kbs;
    QList<Draft> &m_drafts;
    int m_msSequence = 0;
    // The month's facts, named as the vendor tables use them.
    const int m; // months before the newest
    const QDate month;
    const QDate tuesday;
    const qint64 pt; // Patch Tuesday, 17:00 UTC
    const QString tag;
    const QString msb; // Microsoft bulletin prefix, e.g. MS26-OCT
};

} // namespace pmp::sim::fleet
