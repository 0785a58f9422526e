#include "ActionRun.h"

#include "ActionRunner.h"

namespace pmp::actions {

ActionRun::ActionRun(std::shared_ptr<const pmp::api::WriteRequest> request, ActionRunner *runner)
    : QObject(runner), m_request(std::move(request)), m_runner(runner)
{
    m_outcome.operation = m_request->operation();
}

void ActionRun::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

QStringList ActionRun::targetNames() const
{
    return m_targetNames.isEmpty() ? m_request->targets() : m_targetNames;
}

bool ActionRun::cancel()
{
    if (m_sent || isFinished() || !m_runner)
        return false;
    m_runner->cancelBeforeSending(this);
    return true;
}

} // namespace pmp::actions
