#pragma once

#include <QtGlobal>

namespace pmp::sim {

// Stateless, platform-independent hashing: every derived fact of the fleet (is this patch missing on
// that computer, which MAC does it have) is a pure function of the seed and a few integers, so nothing
// needs to be stored per (computer, patch) pair and the same seed always gives the same answers.
class SeedHash
{
public:
    static quint64 mix(quint64 x)
    {
        // splitmix64 finaliser: cheap and well distributed.
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    static quint64 of(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0)
    {
        return mix(mix(mix(mix(a) ^ b) ^ c) ^ d);
    }
    // Uniform in [0, 1).
    static double unit(quint64 h) { return double(h >> 11) * (1.0 / 9007199254740992.0); }
    static int below(quint64 h, int n) { return n <= 0 ? 0 : int((h >> 16) % quint64(n)); }
};

} // namespace pmp::sim
