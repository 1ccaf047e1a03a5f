#include "report/reportsourcelookup.h"

namespace funnelcast::ui {

QString ReportSourceLookup::source(const QString &platform, const QString &field,
                                   const Uncertain &value)
{
    Q_UNUSED(platform);
    Q_UNUSED(field);
    Q_UNUSED(value);
    return QString();
}

} // namespace funnelcast::ui
