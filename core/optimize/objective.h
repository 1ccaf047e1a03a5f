#pragma once

#include <QString>

namespace funnelcast {

// What the budget optimizer maximises (MODEL.md section 7), always over the whole scenario at
// base inputs.
enum class Objective { Orders, NetRevenue, Profit };

class ObjectiveKeys
{
public:
    // "orders", "net_revenue", "profit": the keys of the command line and the JSON output.
    static QString key(Objective objective);
    // False (and *out untouched) for an unknown key.
    static bool fromKey(const QString &key, Objective *out);
    // The keys joined for a message: "orders, net_revenue or profit".
    static QString allKeysText();
};

} // namespace funnelcast
