#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace pmp::sim {

// The fleet lives at a fixed reference instant so that the same seed serves byte-identical bodies
// whenever it runs; time still moves forward from there so writes (a scan, a deployment) get later
// timestamps than the generated history. Token and code lifetimes use the same monotonic source.
class SimClock
{
public:
    // Monday 2 November 2026, 09:00 UTC.
    static constexpr qint64 ReferenceMs = 1793610000000LL;
    static constexpr qint64 DayMs = 24LL * 3600 * 1000;

    SimClock() { m_elapsed.start(); }
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }
    // "Now" on the simulated server, epoch milliseconds.
    qint64 nowMs() const { return ReferenceMs + m_elapsed.elapsed(); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace pmp::sim
