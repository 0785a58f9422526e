#pragma once

#include "SeedHash.h"

#include <QList>

namespace pmp::sim {

// A sequential generator for building the fleet: only the order of draws matters, so the same seed
// and the same options give the same fleet on every platform (std distributions are not portable).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(SeedHash::mix(seed ^ 0x5eedf1ee7ULL)) {}

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return SeedHash::mix(m_state);
    }
    double real() { return SeedHash::unit(next()); }
    int bounded(int n) { return SeedHash::below(next(), n); }
    int between(int lo, int hi) { return lo + bounded(hi - lo + 1); } // inclusive
    bool chance(double p) { return real() < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(bounded(int(list.size()))); }
    // An index drawn with the given relative weights.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = bounded(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace pmp::sim
