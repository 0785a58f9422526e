#include "ActionRunner.h"

#include "AffectedViews.h"
#include "ApdTaskBook.h"

#include "api/ApiCall.h"
#include "api/Authenticator.h"
#include "api/Client.h"
#include "api/OperationCatalogue.h"
#include "api/Transport.h"
#include "store/ActionJournal.h"

#include <QLoggingCategory>

namespace pmp::actions {

Q_LOGGING_CATEGORY(lcActions, "pmp.actions", QtInfoMsg)

using pmp::api::ApiError;
using pmp::store::JournalEntry;
using Outcome = ActionOutcome::Outcome;

ActionRunner::ActionRunner(pmp::api::Client *client, pmp::store::ActionJournal *journal, QString profile,
                           QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_profile(std::move(profile)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

ActionRunner::~ActionRunner() = default;

QString ActionRunner::requiredScope(const pmp::api::WriteRequest &request)
{
    return pmp::api::OperationCatalogue::get(request.operation()).scopeString();
}

int ActionRunner::activeRuns() const
{
    int n = 0;
    for (const ActionRun *r : findChildren<ActionRun *>(Qt::FindDirectChildrenOnly))
        if (!r->isFinished())
            ++n;
    return n;
}

ActionRun *ActionRunner::run(std::shared_ptr<const pmp::api::WriteRequest> request, const QStringList &targetNames)
{
    Q_ASSERT(request);
    auto *r = new ActionRun(std::move(request), this);
    if (targetNames.size() == r->request().targets().size())
        r->m_targetNames = targetNames;
    QMetaObject::invokeMethod(
        this,
        [this, run = QPointer<ActionRun>(r)] {
            if (run)
                start(run);
        },
        Qt::QueuedConnection);
    return r;
}

void ActionRunner::start(ActionRun *run)
{
    emit runStarted(run);
    const pmp::api::WriteRequest &request = run->request();
    if (const ApiError invalid = request.validate(m_now())) {
        refuse(run, invalid);
        return;
    }
    if (!m_client) {
        refuse(run, ApiError(ApiError::Kind::Network, tr("Not connected to a server.")));
        return;
    }
    pmp::api::Authenticator *auth = m_client->transport() ? m_client->transport()->authenticator() : nullptr;
    const QString scope = requiredScope(request);
    if (!auth || auth->hasScope(scope)) {
        send(run);
        return;
    }

    // Incremental authorization: a read-only grant asks for the write scope now, instead of failing.
    run->m_scope = scope;
    run->setStage(ActionRun::Stage::Authorizing);
    QPointer<pmp::api::Authenticator> guard(auth);
    run->m_authConnections << connect(
        auth, &pmp::api::Authenticator::scopesGranted, run, [this, run, guard, scope](const QStringList &) {
            if (run->isFinished() || run->m_sent)
                return;
            dropAuthConnections(run);
            if (guard && guard->hasScope(scope))
                send(run);
            else
                refuse(run, ApiError(ApiError::Kind::Forbidden, tr("Permission to make changes (%1) was not "
                                                                   "granted; nothing was sent.")
                                                                    .arg(scope)));
        });
    run->m_authConnections << connect(
        auth, &pmp::api::Authenticator::scopesDenied, run, [this, run](const ApiError &error) {
            if (run->isFinished() || run->m_sent)
                return;
            dropAuthConnections(run);
            refuse(run, error.isError()
                            ? error
                            : ApiError(ApiError::Kind::Forbidden, tr("Permission to make changes was refused.")));
        });
    emit authorizationRequested(run, scope);
    auth->requestScopes({scope});
}

void ActionRunner::dropAuthConnections(ActionRun *run)
{
    for (const QMetaObject::Connection &c : std::as_const(run->m_authConnections))
        disconnect(c);
    run->m_authConnections.clear();
}

void ActionRunner::cancelBeforeSending(ActionRun *run)
{
    dropAuthConnections(run);
    refuse(run, ApiError::cancelled());
}

void ActionRunner::send(ActionRun *run)
{
    run->setStage(ActionRun::Stage::Sending);
    const QDateTime startedAt = m_now();
    // The call starts on the next event-loop turn: until then it can be dropped without a trace on the
    // wire, which is what happens if the journal cannot record it.
    pmp::api::ApiCall *call = nullptr;
    auto journalId = std::make_shared<qint64>(-1);
    call = m_client->perform(run->request(), run,
                             [this, run, journalId](const pmp::api::Result<pmp::api::ActionResult> &r) {
                                 complete(run, *journalId, r.error, r.value.message);
                             });
    run->m_call = call;
    JournalEntry entry = JournalEntry::forRequest(run->request(), m_profile, call->requestId(), startedAt);
    entry.targets = run->targetNames();
    *journalId = m_journal ? m_journal->begin(entry) : -1;
    if (*journalId < 0) {
        qCWarning(lcActions) << "journal unavailable; not sending" << entry.operationCode;
        // Cancelling before the first attempt sends nothing; the callback then reports the refusal.
        call->cancel();
        return;
    }
    run->m_sent = true;
    emit journalChanged();
}

void ActionRunner::complete(ActionRun *run, qint64 journalId, const ApiError &error, const QString &serverText)
{
    if (run->isFinished())
        return;
    ActionOutcome o;
    o.operation = run->request().operation();
    o.journalId = journalId;
    o.error = error;
    if (journalId < 0) {
        o.outcome = Outcome::Refused;
        o.error = ApiError(ApiError::Kind::Cancelled,
                           tr("The action journal could not record this action, so it was not sent. Check that "
                              "PatchDeck can write its data folder."));
        o.message = ActionOutcome::describe(o.outcome, o.operation, {}, o.error);
        finish(run, o);
        return;
    }
    o.outcome = run->m_sent ? ActionOutcome::outcomeFor(error) : Outcome::Refused;
    o.serverText = error.isError() ? QString() : serverText;
    o.message = ActionOutcome::describe(o.outcome, o.operation, o.serverText, error);
    const QString journalText =
        error.isError() ? error.message() : (serverText.isEmpty() ? tr("Accepted by the server") : serverText);
    if (!m_journal->complete(journalId, o.outcome, journalText, error.kind()))
        qCWarning(lcActions) << "journal: could not record the outcome of entry" << journalId;
    finish(run, o);
}

void ActionRunner::refuse(ActionRun *run, const ApiError &error)
{
    if (run->isFinished())
        return;
    ActionOutcome o;
    o.operation = run->request().operation();
    o.outcome = Outcome::Refused;
    o.error = error;
    o.message = ActionOutcome::describe(o.outcome, o.operation, {}, error);
    if (m_journal) {
        // Refused writes are journaled too: the record of what was attempted matters as much as what was done.
        JournalEntry entry = JournalEntry::forRequest(run->request(), m_profile, {}, m_now());
        entry.targets = run->targetNames();
        const qint64 id = m_journal->begin(entry);
        if (id >= 0 && m_journal->complete(id, Outcome::Refused, error.message(), error.kind()))
            o.journalId = id;
    }
    finish(run, o);
}

void ActionRunner::finish(ActionRun *run, ActionOutcome outcome)
{
    if (m_book)
        m_book->record(run->request(), outcome.outcome);
    outcome.affectedViews =
        outcome.mayHaveActed() ? AffectedViews::forRequest(run->request()) : QStringList{AffectedViews::journalPage()};
    run->m_outcome = outcome;
    run->setStage(ActionRun::Stage::Finished);
    qCInfo(lcActions).noquote() << pmp::api::OperationCatalogue::get(outcome.operation).code
                                << store::JournalEntry::outcomeKey(outcome.outcome);
    emit run->finished(outcome);
    emit runFinished(run, outcome);
    emit journalChanged();
    emit viewsAffected(outcome.affectedViews);
    run->deleteLater();
}

} // namespace pmp::actions
