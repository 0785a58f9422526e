#include "ApdTaskBook.h"

#include "api/requests/ApdTaskActionRequest.h"
#include "api/requests/CreateApdTaskRequest.h"
#include "api/requests/ModifyApdTaskRequest.h"

namespace pmp::actions {

using pmp::api::ApdTaskSettings;
using pmp::store::ApdTask;
using State = pmp::store::ApdTask::State;
using Outcome = ActionOutcome::Outcome;

ApdTaskBook::ApdTaskBook(pmp::store::ApdTaskRegistry *registry, QObject *parent) : QObject(parent), m_registry(registry)
{
}

QList<ApdTask> ApdTaskBook::tasks() const
{
    return m_registry ? m_registry->all() : QList<ApdTask>{};
}

std::optional<ApdTask> ApdTaskBook::task(const QString &name) const
{
    if (!m_registry)
        return std::nullopt;
    return m_registry->find(name.trimmed());
}

bool ApdTaskBook::addExisting(const QString &name, QString *error)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        if (error)
            *error = tr("Enter the task's name exactly as the "
                        "web console shows it.");
        return false;
    }
    if (contains(n)) {
        if (error)
            *error = tr("“%1” is already in the list.").arg(n);
        return false;
    }
    if (!m_registry || !m_registry->upsert(n, {}, State::Unknown)) {
        if (error)
            *error = tr("The task could not be saved in the "
                        "local store.");
        return false;
    }
    emit changed();
    return true;
}

bool ApdTaskBook::forget(const QString &name)
{
    if (!m_registry || !m_registry->remove(name.trimmed()))
        return false;
    emit changed();
    return true;
}

QJsonObject ApdTaskBook::merged(const QJsonObject &base, const QJsonObject &changes)
{
    QJsonObject out = base;
    // A delay is one of two keys (after approval or after release): a new delay replaces either.
    const QString approved = ApdTaskSettings::delayKey(ApdTaskSettings::DelayBasis::AfterApproval);
    const QString released = ApdTaskSettings::delayKey(ApdTaskSettings::DelayBasis::AfterRelease);
    if (changes.contains(approved) || changes.contains(released)) {
        out.remove(approved);
        out.remove(released);
    }
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

ApdTaskSettings ApdTaskBook::settingsOf(const ApdTask &task)
{
    return ApdTaskSettings::fromJson(task.settings);
}

void ApdTaskBook::record(const pmp::api::WriteRequest &request, Outcome outcome)
{
    if (!m_registry || (outcome != Outcome::Succeeded && outcome != Outcome::OutcomeUnknown))
        return;
    const bool known = outcome == Outcome::Succeeded;
    bool touched = false;

    if (const auto *create = dynamic_cast<const pmp::api::CreateApdTaskRequest *>(&request)) {
        const QString name = create->settings().taskName().trimmed();
        touched = m_registry->upsert(name, create->settings().toJson(false), known ? State::Active : State::Unknown);
    } else if (const auto *modify = dynamic_cast<const pmp::api::ModifyApdTaskRequest *>(&request)) {
        const QString name = modify->taskName().trimmed();
        const std::optional<ApdTask> before = m_registry->find(name);
        if (known) {
            const QJsonObject settings =
                merged(before ? before->settings : QJsonObject{}, modify->changes().toJson(true));
            const State state = before ? before->state : State::Unknown;
            const QString newName = modify->changes().isSet(ApdTaskSettings::Field::TaskName)
                                        ? modify->changes().taskName().trimmed()
                                        : name;
            touched = m_registry->upsert(newName, settings, state);
            if (touched && newName != name)
                m_registry->remove(name);
        } else {
            // The changes may or may not be in place: keep the old settings, say the state is unknown.
            touched = m_registry->upsert(name, before ? before->settings : QJsonObject{}, State::Unknown);
        }
    } else if (const auto *action = dynamic_cast<const pmp::api::ApdTaskActionRequest *>(&request)) {
        const QString name = action->taskName().trimmed();
        State state = State::Unknown;
        if (known) {
            switch (action->action()) {
            case pmp::api::ApdTaskActionRequest::Action::Suspend:
                state = State::Suspended;
                break;
            case pmp::api::ApdTaskActionRequest::Action::Resume:
                state = State::Active;
                break;
            case pmp::api::ApdTaskActionRequest::Action::Delete:
                state = State::Deleted;
                break;
            }
        }
        const std::optional<ApdTask> before = m_registry->find(name);
        touched = before ? m_registry->setState(name, state) : m_registry->upsert(name, {}, state);
    }
    if (touched)
        emit changed();
}

} // namespace pmp::actions
