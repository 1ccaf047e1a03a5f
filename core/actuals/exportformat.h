#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace funnelcast {

// The columns the importer reads. EndDate is Meta's `Reporting ends` (a weekly row when it
// spans seven days); Week marks a file whose rows are already weekly; RevenueRoas is TikTok's
// ROAS, turned into revenue as ROAS x cost when no revenue column exists.
enum class ActualsColumn {
    Date,
    EndDate,
    Week,
    Spend,
    Impressions,
    Clicks,
    Orders,
    Revenue,
    RevenueRoas,
    CurrencyCode,
    Count
};

// One ad-platform export format (FIELD-NOTES.md, "Ad-platform CSV exports"): the header names
// of each column, in order of preference, as exact folded strings. Headers are matched exactly
// after trimming, collapsing spaces and case folding; never by substring (Kakao's
// `평균 클릭 비용`, the average cost per click, must not be taken for `비용`, spend). Spend and
// revenue headers may carry a currency code: `Amount spent (KRW)`.
struct ExportFormat
{
    QString key; // "meta", "google", "tiktok", "naver", "kakao", "generic"
    QStringList platforms; // plan platforms it belongs to; empty = any
    std::array<QStringList, size_t(ActualsColumn::Count)> aliases;
    QStringList rangeStartAliases; // date headers that pair with EndDate (Meta's range columns)
    QStringList keyAliases; // campaign / ad group / ad names and ids: the row key
    QStringList signature; // for --format auto: one of these must be present (empty: none)
    QString impliedCurrency; // Naver and Kakao bill in KRW

    const QStringList &aliasesOf(ActualsColumn column) const { return aliases[size_t(column)]; }

    // In the order --format auto tries them (most specific first, generic last).
    static const std::vector<ExportFormat> &all();
    static const ExportFormat *find(const QString &key);
    static QStringList keys();
    // Trimmed, inner whitespace collapsed, case folded.
    static QString fold(const QString &header);
};

} // namespace funnelcast
