#include "actuals/calibration.h"

#include <QJsonValue>

namespace funnelcast {

QJsonObject CalibratedValue::toJson() const
{
    if (!ok)
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("insufficient data") },
            { QStringLiteral("reason"), reason } };
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
        { QStringLiteral("low"), low }, { QStringLiteral("base"), base },
        { QStringLiteral("high"), high } };
}

QJsonObject Calibration::toJson() const
{
    QJsonObject cpmJson = cpm.toJson();
    if (cpm.ok)
        cpmJson.insert(QStringLiteral("method"),
            cpmFromCapacityFit ? QStringLiteral("least squares with k") : QStringLiteral("ratio"));
    return QJsonObject { { QStringLiteral("channel"), channel }, { QStringLiteral("weeks"), weeks },
        { QStringLiteral("full_weeks"), fullWeeks }, { QStringLiteral("cpm"), cpmJson },
        { QStringLiteral("ctr"), ctr.toJson() },
        { QStringLiteral("click_to_order_rate"), clickToOrderRate.toJson() },
        { QStringLiteral("view_rate"), viewRate.toJson() },
        { QStringLiteral("cart_rate"), cartRate.toJson() },
        { QStringLiteral("purchase_rate"), purchaseRate.toJson() },
        { QStringLiteral("aov"), aov.toJson() }, { QStringLiteral("k"), capacity.toJson() } };
}

} // namespace funnelcast
