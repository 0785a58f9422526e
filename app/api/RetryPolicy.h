#pragma once

#include <QRandomGenerator>

namespace pmp::api {

// Backoff for safe reads: exponential with jitter, capped, honouring Retry-After. Writes are never
// retried automatically (see Transport). Throttling is different from a failure: the whole client
// slows down together (Transport pauses every request), for longer, and tries more often.
struct RetryPolicy
{
    int maxAttempts = 4;           // first try included
    int maxThrottledAttempts = 10; // a throttled read keeps trying while the client backs off
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    int throttleBaseDelayMs = 2000;
    int maxThrottleDelayMs = 300000; // five minutes, also the most a Retry-After is honoured
    int timeoutMs = 30000;           // per attempt, with no bytes moving

    // Delay before attempt `attempt` (2 = first retry). "Equal jitter": half fixed, half random, so
    // parallel pages that failed together do not come back together.
    int delayBeforeAttempt(int attempt, int retryAfterSeconds, QRandomGenerator *rng) const
    {
        if (retryAfterSeconds > 0)
            return retryAfterMs(retryAfterSeconds);
        return jittered(qMin(maxDelayMs, baseDelayMs << qBound(0, attempt - 2, 16)), rng);
    }
    // How long the whole client pauses after its `level`-th throttled answer in a row (0: the first).
    int throttlePauseMs(int level, int retryAfterSeconds, QRandomGenerator *rng) const
    {
        if (retryAfterSeconds > 0)
            return retryAfterMs(retryAfterSeconds);
        return jittered(int(qMin<qint64>(maxThrottleDelayMs, qint64(throttleBaseDelayMs) << qBound(0, level, 20))),
                        rng);
    }
    // Retry-After in milliseconds, capped: computed in 64 bits (a huge value must not wrap negative).
    int retryAfterMs(qint64 seconds) const
    {
        return int(qBound<qint64>(0, seconds * 1000, qint64(maxThrottleDelayMs)));
    }

private:
    static int jittered(int ms, QRandomGenerator *rng) { return ms / 2 + int(rng->bounded(ms / 2 + 1)); }
};

} // namespace pmp::api
