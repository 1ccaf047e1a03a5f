#include "report/reporttext.h"

#include <QHash>

namespace funnelcast::ui {

QString reportKoreanFallback(const char *source)
{
    Q_UNUSED(source);
    return QString();
}

} // namespace funnelcast::ui
