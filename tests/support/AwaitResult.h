#pragma once

#include "api/Client.h"

#include <QObject>
#include <QTestEventLoop>

#include <optional>

namespace pmp::test {

// Starts one Client call and waits for its Result, the test's side of "every call answers exactly
// once". `start(context, done)` makes the call; a call that never answers comes back as a Timeout
// error naming the wait, so the test fails on it instead of hanging.
//   const auto r = awaitResult<PatchSummary>([&](QObject *c, auto done) { client.patchSummary(c, done); });
template <typename T, typename Start> api::Result<T> awaitResult(Start start, int timeoutMs = 10000)
{
    QObject context;
    QTestEventLoop loop;
    std::optional<api::Result<T>> result;
    start(&context, api::Client::Callback<T>([&result, &loop](const api::Result<T> &r) {
        result = r;
        loop.exitLoop();
    }));
    if (!result)
        loop.enterLoopMSecs(timeoutMs);
    if (!result) {
        api::Result<T> late;
        late.error =
            api::ApiError(api::ApiError::Kind::Timeout, QStringLiteral("no callback within %1 ms").arg(timeoutMs));
        return late;
    }
    return *result;
}

} // namespace pmp::test
