#pragma once

#include "model/uncertain.h"

#include <QJsonObject>
#include <QString>

namespace funnelcast {

// Organic posting on the brand's own account (MODEL.md section 5).
struct OrganicStream
{
    QString name;
    QString platform = QStringLiteral("other");
    Uncertain followers;          // (u) N > 0
    double postsPerWeek = 0.0;    // n >= 0
    Uncertain reachRate;          // (u) r in [0, 1]
    Uncertain costPerPost = 0.0;  // (u) >= 0, content production
    Uncertain ctr;
    Uncertain viewRate = 1.0;
    Uncertain cartRate;
    Uncertain purchaseRate;
    Uncertain aov;
    Uncertain returnRate = 0.0;
    Uncertain carryover = 0.0;
    QJsonObject unknownFields;

    bool operator==(const OrganicStream &other) const;
    bool operator!=(const OrganicStream &other) const { return !(*this == other); }
};

} // namespace funnelcast
