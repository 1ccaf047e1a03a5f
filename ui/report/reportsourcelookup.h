#pragma once

#include "io/platformdefaults.h"
#include "model/creatordeal.h"
#include "model/organicstream.h"
#include "model/paidchannel.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace funnelcast::ui {

// Where an assumption comes from, for the report's appendix. A value equal to the platform's
// (or the creator tier's) default in resources/platforms.json is credited to that default and
// its source text is listed once under the table; anything else is the planner's own input
// (an empty label, shown as "plan input").
class ReportSourceLookup
{
public:
    explicit ReportSourceLookup(const QString &currency);

    QString paidChannel(const PaidChannel &channel, const QString &field, const Uncertain &value);
    QString creatorDeal(const CreatorDeal &deal, const QString &field, const Uncertain &value);
    QString organicStream(const OrganicStream &stream, const QString &field, const Uncertain &value);

    // Every source credited so far, as (label, source text), in first-use order.
    const std::vector<std::pair<QString, QString>> &used() const { return m_used; }

private:
    QString credit(const QString &label, const QString &text);

    QString m_currency;
    std::optional<PlatformDefaults> m_defaults;
    std::vector<std::pair<QString, QString>> m_used;
};

} // namespace funnelcast::ui
