#pragma once

#include "model/uncertain.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace funnelcast {

// A creator partnership (MODEL.md section 4).
struct CreatorDeal
{
    QString name;
    QString platform = QStringLiteral("other");
    QString tier;                 // nano, micro, mid, macro, mega or empty; descriptive only
    Uncertain followers;          // (u) N > 0
    Uncertain reachRate;          // (u) r in [0, 1]
    std::vector<int> posts;       // 0-based week index of each post, repeats allowed
    Uncertain feePerPost;         // (u) f >= 0
    Uncertain ctr;
    Uncertain viewRate = 1.0;
    Uncertain cartRate;
    Uncertain purchaseRate;
    Uncertain aov;
    Uncertain returnRate = 0.0;
    Uncertain carryover = 0.0;
    Uncertain commissionRate = 0.0; // (u) kappa, on gross revenue
    QJsonObject unknownFields;

    bool operator==(const CreatorDeal &other) const;
    bool operator!=(const CreatorDeal &other) const { return !(*this == other); }
};

} // namespace funnelcast
