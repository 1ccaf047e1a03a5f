#pragma once

#include "model/uncertain.h"

#include <QString>

namespace funnelcast::ui {

// Where an assumption comes from, for the report's appendix: the platform default's source
// (resources/platforms.json) when the plan's value is that default, otherwise an empty string,
// which the report shows as "plan input".
class ReportSourceLookup
{
public:
    static QString source(const QString &platform, const QString &field, const Uncertain &value);
};

} // namespace funnelcast::ui
