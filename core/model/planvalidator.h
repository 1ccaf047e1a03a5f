#pragma once

#include "model/plan.h"

#include <QString>

#include <optional>

namespace funnelcast {

// The first thing wrong with a plan, named by its JSON field path, e.g.
// path "scenarios[0].channels[2].ctr.low", message "must be between 0 and 1".
struct ValidationIssue
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

// Checks every rule of MODEL.md section 9 (bounds, triples ordered, rates, unique names,
// weeks 1..156, start a Monday, currency an ISO code, posts in 0..W-1, custom flighting of
// W non-negative weights not all zero, min_spend <= max_spend, ...).
class PlanValidator
{
public:
    static std::optional<ValidationIssue> validate(const Plan &plan);
    // `prefix` is the item's own path, e.g. "scenarios[0].channels[2]".
    static std::optional<ValidationIssue> validatePaidChannel(const PaidChannel &channel, int weeks,
                                                              const QString &prefix);
    static std::optional<ValidationIssue> validateCreatorDeal(const CreatorDeal &deal, int weeks,
                                                              const QString &prefix);
    static std::optional<ValidationIssue> validateOrganicStream(const OrganicStream &stream,
                                                                const QString &prefix);
    // Checks one uncertain value against its kind; `path` names it.
    static std::optional<ValidationIssue> validateUncertain(const Uncertain &value, ValueKind kind,
                                                            const QString &path);
};

} // namespace funnelcast
