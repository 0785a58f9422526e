#pragma once

#include "ActionOutcome.h"

#include "api/requests/ApdTaskSettings.h"
#include "store/ApdTaskRegistry.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace pmp::api {
class WriteRequest;
}

namespace pmp::actions {

// The Automatic Patch Deployment tasks this profile created or touched, over the store's registry.
// No operation lists APD tasks, so this book is the console's only list of them: each task with its
// last known settings and state. An admin can add a task that exists on the server (made in the
// web console) by its name, to suspend, resume, change or delete it from here.
class ApdTaskBook : public QObject
{
    Q_OBJECT
public:
    // `registry` is not owned and must outlive the book.
    explicit ApdTaskBook(pmp::store::ApdTaskRegistry *registry, QObject *parent = nullptr);

    QList<pmp::store::ApdTask> tasks() const;
    std::optional<pmp::store::ApdTask> task(const QString &name) const;
    bool contains(const QString &name) const { return task(name).has_value(); }

    // Adds a task known only by name (state unknown, no settings). Refuses a blank name or one
    // already in the book; `error` says why.
    bool addExisting(const QString &name, QString *error = nullptr);
    // Forgets a task locally; nothing is sent to the server.
    bool forget(const QString &name);

    // Brings the book up to date after an APD write ended (the ActionRunner calls it for every write;
    // other operations are ignored). Failed or refused writes change nothing; a lost answer marks the
    // task's state unknown.
    void record(const pmp::api::WriteRequest &request, ActionOutcome::Outcome outcome);

    // The last known settings as a typed object (for the modify dialog).
    static pmp::api::ApdTaskSettings settingsOf(const pmp::store::ApdTask &task);
    // `base` with the keys of a partial settings object applied (modifyAPDTask merges the same way).
    static QJsonObject merged(const QJsonObject &base, const QJsonObject &changes);

signals:
    void changed();

private:
    pmp::store::ApdTaskRegistry *m_registry;
};

} // namespace pmp::actions
