#include "forecast/largebuffer.h"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace funnelcast {

namespace {

constexpr std::size_t hugePage = std::size_t(2) << 20;

} // namespace

LargeBuffer::LargeBuffer(std::size_t count)
{
    const std::size_t bytes = count * sizeof(double);
    if (count != 0 && bytes / sizeof(double) != count)
        throw std::bad_alloc();
#if defined(__linux__)
    if (bytes >= hugePage) {
        // Whole huge pages, aligned to one, so that every page of the array can be one.
        const std::size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        m_data = static_cast<double *>(std::aligned_alloc(hugePage, rounded));
        if (!m_data)
            throw std::bad_alloc();
        madvise(m_data, rounded, MADV_HUGEPAGE); // a hint: ignored where THP is off
        return;
    }
#endif
    m_data = static_cast<double *>(std::malloc(bytes == 0 ? 1 : bytes));
    if (!m_data)
        throw std::bad_alloc();
}

LargeBuffer::~LargeBuffer()
{
    std::free(m_data);
}

} // namespace funnelcast
