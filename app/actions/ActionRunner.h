#pragma once

#include "ActionOutcome.h"
#include "ActionRun.h"
#include "ApdTaskBook.h"

#include "api/Client.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pmp::store {
class ActionJournal;
}

namespace pmp::actions {

// The single path every write takes, whichever dialog started it:
//   1. the request is validated again (nothing invalid is ever sent or journaled as sent);
//   2. if the grant lacks the operation's scope (a read-only profile), the authenticator is asked for
//      it (incremental authorization) and the run waits; a refusal ends the run, nothing is sent;
//   3. the journal records the write as pending before it leaves (no record, no send);
//   4. the client sends it once — never retried, never re-sent (a lost answer is OutcomeUnknown);
//   5. the journal records the outcome (Succeeded, Failed, OutcomeUnknown, Refused), the APD task book
//      is updated, and the pages the write may have changed are announced for refreshing.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    // `client` and `journal` are not owned; the journal must outlive the runner.
    ActionRunner(pmp::api::Client *client, pmp::store::ActionJournal *journal, QString profile,
                 QObject *parent = nullptr);
    ~ActionRunner() override;

    pmp::api::Client *client() const { return m_client; }
    pmp::store::ActionJournal *journal() const { return m_journal; }
    QString profile() const { return m_profile; }
    void setApdTaskBook(ApdTaskBook *book) { m_book = book; }
    ApdTaskBook *apdTaskBook() const { return m_book; }
    // The time used for validation and journal timestamps (tests fix it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now(); }

    // Starts a run on the next event-loop turn (connect to its signals first). The request is shared,
    // not copied: it must not change afterwards.
    // `targetNames`: how the journal names the targets when the request only has ids (same count and
    // order as the request's targets; ignored otherwise).
    ActionRun *run(std::shared_ptr<const pmp::api::WriteRequest> request, const QStringList &targetNames = {});
    // Runs not finished yet.
    int activeRuns() const;

    // "PatchManagerPlusCloud.SOM.UPDATE" for the agent actions, PatchMgmt.UPDATE for the rest.
    static QString requiredScope(const pmp::api::WriteRequest &request);

signals:
    void runStarted(pmp::actions::ActionRun *run);
    // The scope a run waits for; the authenticator has been asked (its browser flow is running).
    void authorizationRequested(pmp::actions::ActionRun *run, const QString &scope);
    void runFinished(pmp::actions::ActionRun *run, const pmp::actions::ActionOutcome &outcome);
    // Page ids to reload (list view ids, "apd-tasks", "journal").
    void viewsAffected(const QStringList &pageIds);
    void journalChanged();

private:
    friend class ActionRun;
    void start(ActionRun *run);
    void send(ActionRun *run);
    void refuse(ActionRun *run, const pmp::api::ApiError &error);
    void complete(ActionRun *run, qint64 journalId, const pmp::api::ApiError &error, const QString &serverText);
    void finish(ActionRun *run, ActionOutcome outcome);
    void cancelBeforeSending(ActionRun *run);
    void dropAuthConnections(ActionRun *run);

    QPointer<pmp::api::Client> m_client;
    pmp::store::ActionJournal *m_journal;
    QString m_profile;
    QPointer<ApdTaskBook> m_book;
    std::function<QDateTime()> m_now;
};

} // namespace pmp::actions
