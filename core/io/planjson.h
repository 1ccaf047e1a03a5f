#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace funnelcast {

// The plan JSON interchange format (MODEL.md section 9). Reading refuses anything invalid by
// throwing InputError with a message naming the field path
// ("scenarios[0].channels[2].ctr.low: must be between 0 and 1"); unknown fields are kept in
// each struct's unknownFields and written back out, so a round trip is exact.
class PlanJson
{
public:
    static QJsonObject toJson(const Plan &plan);
    static QByteArray toBytes(const Plan &plan); // indented UTF-8
    // Throws InputError. `source` (a file name) prefixes messages when not empty.
    static Plan fromJson(const QJsonObject &object, const QString &source = QString());
    static Plan fromBytes(const QByteArray &bytes, const QString &source = QString());

    // Single items, used by storage (one row per item) and the clipboard.
    static QJsonObject paidChannelToJson(const PaidChannel &channel);
    static QJsonObject creatorDealToJson(const CreatorDeal &deal);
    static QJsonObject organicStreamToJson(const OrganicStream &stream);
    // `path` names the item in messages, e.g. "scenarios[0].channels[2]". Validates the item's
    // own fields (weeks bounds posts and custom flighting). Throws InputError.
    static PaidChannel paidChannelFromJson(const QJsonObject &object, int weeks, const QString &path);
    static CreatorDeal creatorDealFromJson(const QJsonObject &object, int weeks, const QString &path);
    static OrganicStream organicStreamFromJson(const QJsonObject &object, const QString &path);
};

} // namespace funnelcast
