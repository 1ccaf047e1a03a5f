#include "optimize/objective.h"

#include <QCoreApplication>

namespace funnelcast {

QString ObjectiveKeys::key(Objective objective)
{
    switch (objective) {
    case Objective::Orders: return QStringLiteral("orders");
    case Objective::NetRevenue: return QStringLiteral("net_revenue");
    case Objective::Profit: return QStringLiteral("profit");
    }
    return QStringLiteral("orders");
}

bool ObjectiveKeys::fromKey(const QString &text, Objective *out)
{
    for (Objective o : {Objective::Orders, Objective::NetRevenue, Objective::Profit}) {
        if (key(o) == text) {
            *out = o;
            return true;
        }
    }
    return false;
}

QString ObjectiveKeys::allKeysText()
{
    return QCoreApplication::translate("Objective", "%1, %2 or %3")
        .arg(key(Objective::Orders), key(Objective::NetRevenue), key(Objective::Profit));
}

} // namespace funnelcast
