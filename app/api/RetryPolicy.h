#pragma once

#include <QRandomGenerator>

namespace pmp::api {

// Backoff for safe reads: exponential with jitter, capped, honouring Retry-After. Writes are never
// retried automatically (see Transport).
struct RetryPolicy
{
    int maxAttempts = 4;        // first try included
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000;
    int timeoutMs = 30000;      // per attempt, no bytes moving

    // Delay before attempt `attempt` (2 = first retry). "Equal jitter": half fixed, half random, so
    // parallel pages that failed together do not come back together.
    int delayBeforeAttempt(int attempt, int retryAfterSeconds, QRandomGenerator *rng) const
    {
        if (retryAfterSeconds > 0)
            return qMin(retryAfterSeconds * 1000, maxRetryAfterMs);
        const int exp = qMin(maxDelayMs, baseDelayMs << qMin(attempt - 2, 16));
        return exp / 2 + int(rng->bounded(exp / 2 + 1));
    }
};

} // namespace pmp::api
