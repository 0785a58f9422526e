#pragma once

#include "ActionOutcome.h"

#include "api/WriteRequest.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace pmp::api {
class ApiCall;
}

namespace pmp::actions {

class ActionRunner;

// One write on its way through the ActionRunner. Single use: it is sent at most once and never
// again, whatever happens; a new attempt is a new run the admin starts. The runner owns it and
// deletes it soon after finished().
class ActionRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Queued,      // created; starts on the next event-loop turn
        Authorizing, // waiting for the admin to grant the missing scope (browser)
        Sending,     // recorded in the journal and on its way; no way back from here
        Finished,
    };
    Q_ENUM(Stage)

    const pmp::api::WriteRequest &request() const { return *m_request; }
    std::shared_ptr<const pmp::api::WriteRequest> requestPtr() const { return m_request; }
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Finished; }
    const ActionOutcome &outcome() const { return m_outcome; }
    // What the journal lists as targets: the names the admin saw, where the request itself only
    // carries ids (installpatch's ResourceIDs); the request's own targets() otherwise.
    QStringList targetNames() const;
    // The scope the run waits for while Authorizing.
    QString missingScope() const { return m_scope; }

    // Stops a run that has not been sent (while Authorizing); it ends Refused. Once sent, a write
    // cannot be called back: returns false and the run continues.
    bool cancel();

signals:
    void stageChanged(pmp::actions::ActionRun::Stage stage);
    void finished(const pmp::actions::ActionOutcome &outcome);

private:
    friend class ActionRunner;
    ActionRun(std::shared_ptr<const pmp::api::WriteRequest> request, ActionRunner *runner);
    void setStage(Stage stage);

    std::shared_ptr<const pmp::api::WriteRequest> m_request;
    QPointer<ActionRunner> m_runner;
    Stage m_stage = Stage::Queued;
    ActionOutcome m_outcome;
    QString m_scope;
    QStringList m_targetNames;
    QPointer<pmp::api::ApiCall> m_call;
    QList<QMetaObject::Connection> m_authConnections;
    bool m_sent = false;
};

} // namespace pmp::actions
