#pragma once

#include "model/flighting.h"
#include "model/uncertain.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace funnelcast {

// A paid channel (MODEL.md section 3). Field names mirror the plan JSON keys.
struct PaidChannel
{
    QString name;
    QString platform = QStringLiteral("other");
    double spend = 0.0;                      // S, total over the campaign
    Flighting flighting;                     // p_t
    double minSpend = 0.0;
    std::optional<double> maxSpend;          // absent = unlimited
    bool locked = false;
    Uncertain cpm;                           // (u) > 0
    std::optional<Uncertain> audience;       // (u) A; absent = unlimited
    std::optional<double> maxWeeklyFrequency; // F; absent = unlimited
    Uncertain ctr;                           // (u) rate
    Uncertain viewRate = 1.0;                // (u) rate in [0, 1]
    Uncertain cartRate;                      // (u) rate
    Uncertain purchaseRate;                  // (u) rate
    Uncertain aov;                           // (u) > 0
    Uncertain feeRate = 0.0;                 // (u) rate, phi
    Uncertain returnRate = 0.0;              // (u) rate, rho
    Uncertain carryover = 0.0;               // (u) rate, theta
    QJsonObject unknownFields;               // JSON fields this version does not know, kept

    bool operator==(const PaidChannel &other) const;
    bool operator!=(const PaidChannel &other) const { return !(*this == other); }
};

} // namespace funnelcast
