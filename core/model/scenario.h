#pragma once

#include "model/creatordeal.h"
#include "model/organicstream.h"
#include "model/paidchannel.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

struct Scenario
{
    QString name;
    std::optional<double> budget; // paid-media budget B; absent = the sum of paid spends
    std::vector<PaidChannel> channels;
    std::vector<CreatorDeal> creators;
    std::vector<OrganicStream> organic;
    QJsonObject unknownFields;

    // B as MODEL.md section 7 defines it.
    double effectiveBudget() const;
    double totalPaidSpend() const;

    bool operator==(const Scenario &other) const;
    bool operator!=(const Scenario &other) const { return !(*this == other); }
};

} // namespace funnelcast
