#pragma once

#include <cstddef>

namespace funnelcast {

// An uninitialised array of doubles for the Monte Carlo run's largest arrays (the plan's
// per-draw weekly sums: 16.6 MB at 10,000 draws and 52 weeks). On Linux it asks for
// transparent huge pages: the first touch then costs a handful of page faults instead of
// thousands (about 5% of a forecast's time went to faulting in 4 kB pages). Elsewhere it is
// a plain allocation. Throws std::bad_alloc when memory runs out.
class LargeBuffer
{
public:
    explicit LargeBuffer(std::size_t count);
    ~LargeBuffer();
    LargeBuffer(const LargeBuffer &) = delete;
    LargeBuffer &operator=(const LargeBuffer &) = delete;

    double *data() const { return m_data; }

private:
    double *m_data = nullptr;
};

} // namespace funnelcast
