#pragma once

#include "model/paidchannel.h"

#include <QJsonObject>
#include <QString>

namespace funnelcast {

// One calibrated input: base from all weeks, low/high the P10/P90 of a bootstrap over weeks
// (clamped so that low <= base <= high), or the reason there is too little data.
struct CalibratedValue
{
    bool ok = false;
    QString reason;
    double low = 0.0;
    double base = 0.0;
    double high = 0.0;

    QJsonObject toJson() const;
    Uncertain toUncertain() const { return Uncertain(low, base, high); }
};

// MODEL.md section 8 for one channel.
struct Calibration
{
    QString channel;
    int weeks = 0; // weeks with actuals
    int fullWeeks = 0; // of them, weeks with all seven days
    CalibratedValue cpm;
    bool cpmFromCapacityFit = false; // CPM fitted jointly with K (the unsaturated price)
    CalibratedValue ctr;
    CalibratedValue clickToOrderRate;
    CalibratedValue viewRate; // click-to-order spread over the funnel stages
    CalibratedValue cartRate;
    CalibratedValue purchaseRate;
    CalibratedValue aov;
    CalibratedValue capacity; // K = A * F, weekly impressions the audience can absorb

    QJsonObject toJson() const;
};

} // namespace funnelcast
