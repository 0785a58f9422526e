#include "TaskScheduler.h"

#include <QTimer>

namespace pmp::sim {

void TaskScheduler::after(int delayMs, std::function<void()> work)
{
    if (delayMs <= 0) {
        work();
        return;
    }
    // Parented to this object: pending work dies with the simulator.
    QTimer::singleShot(delayMs, this, std::move(work));
}

} // namespace pmp::sim
