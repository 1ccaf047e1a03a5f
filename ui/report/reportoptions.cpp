#include "report/reportoptions.h"

#include <QLocale>

namespace funnelcast::ui {

QPageSize::PageSizeId ReportOptions::effectivePageSize() const
{
    if (pageSize)
        return *pageSize;
    // The US (and the few places that follow it) print on Letter; everyone else on A4.
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

} // namespace funnelcast::ui
