#pragma once

#include "Operation.h"

#include <QList>

namespace pmp::api {

// The single description of the API: the client, the simulator, sign-in's scope requests and the
// tests all read it. Adding an operation is one row here plus its typed wrapper in Client.
class OperationCatalogue
{
public:
    static const QList<Operation> &all();
    static const Operation &get(OperationId id);
    static const Operation *byCode(const QString &code); // "E31"
    static const Operation *byKey(const QString &key);   // "som-computers"
    // Every operation served at this method + path (installpatch has three).
    static QList<const Operation *> byRoute(HttpMethod method, const QString &path);
    // The scopes needed for a set of operations, in the comma-separated form sign-in sends.
    static QStringList scopesFor(const QList<OperationId> &ids);
    static QStringList readScopes();
    static QStringList updateScopes();
};

} // namespace pmp::api
