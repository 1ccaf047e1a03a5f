#include "report/reportdata.h"

namespace funnelcast::ui {

std::vector<QDate> ReportData::weekStarts() const
{
    std::vector<QDate> out;
    out.reserve(static_cast<size_t>(weeks > 0 ? weeks : 0));
    for (int t = 0; t < weeks; ++t)
        out.push_back(start.addDays(7LL * t));
    return out;
}

} // namespace funnelcast::ui
