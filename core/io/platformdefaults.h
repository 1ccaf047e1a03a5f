#pragma once

#include "model/creatordeal.h"
#include "model/paidchannel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelcast {

// A new paid channel prefilled from a platform's defaults. `channel` has the platform and the
// funnel rates set; its cpm is set only when `hasMoney` (the plan's currency has a value or a
// USD rate in the file). Name, spend and aov are left for the user.
struct PlatformChannelDefaults
{
    QString platform;
    QString label;
    PaidChannel channel;
    bool hasMoney = false;
    QString source; // the platform's source text, then the shared funnel sources
};

// A new creator deal prefilled from a platform and tier. fee_per_post is set only when
// `hasMoney`. Name, posts and aov are left for the user.
struct CreatorTierDefaults
{
    QString platform;
    QString tier;
    CreatorDeal deal;
    double engagementRate = 0.0; // descriptive only (MODEL.md section 4)
    bool hasMoney = false;
    QString source;
};

// Reads resources/platforms.json: default assumptions per known platform and creator tier,
// each with its source (FIELD-NOTES.md). Loading checks every range with the plan validator's
// rules, so a prefill is always a valid value.
class PlatformDefaults
{
public:
    // Throws InputError naming the field path when the file is malformed.
    static PlatformDefaults fromBytes(const QByteArray &bytes, const QString &source = QString());
    // The built-in file ":/platforms.json"; the program must link funnelcast_resources.
    static PlatformDefaults fromResource();

    QStringList platforms() const; // keys in file order is not kept: sorted
    QStringList creatorPlatforms() const; // platforms with creator-tier defaults
    static QStringList tiers(); // nano, micro, mid, macro, mega
    std::optional<double> usdRate(const QString &currency) const;

    // std::nullopt for an unknown (emerging) platform.
    std::optional<PlatformChannelDefaults> paidChannel(
        const QString &platform, const QString &currency) const;
    std::optional<CreatorTierDefaults> creatorDeal(
        const QString &platform, const QString &tier, const QString &currency) const;

private:
    QJsonObject m_root;
};

} // namespace funnelcast
