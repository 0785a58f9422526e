#pragma once

#include <QObject>

#include <functional>

namespace pmp::sim {

// Runs the delayed half of asynchronous actions (a deployment finishing, an agent install). A delay
// of zero runs the work at once, so tests without --deploy-delay see the end state immediately.
class TaskScheduler : public QObject
{
    Q_OBJECT
public:
    explicit TaskScheduler(QObject *parent = nullptr) : QObject(parent) {}
    void after(int delayMs, std::function<void()> work);
};

} // namespace pmp::sim
