#pragma once

#include "model/planvalidator.h"

#include <QCoreApplication>
#include <QString>

namespace funnelcast::ui {

// Turns a validator issue ("scenarios[0].channels[2].ctr.low: must be between 0 and 1") into
// a sentence a marketer reads: "Instagram Ads, click-through rate (low): must be between 0
// and 1." Names come from `plan`, the plan the issue was found in.
class IssueText
{
    Q_DECLARE_TR_FUNCTIONS(IssueText)

public:
    static QString describe(const Plan &plan, const ValidationIssue &issue);

private:
    static QString partLabel(const QString &part);
};

} // namespace funnelcast::ui
