#pragma once

#include <QDate>

#include <optional>
#include <string_view>

namespace funnelcast {

// Reads the number and date cells of ad-platform exports.
class CellParser
{
public:
    enum class NumberStatus { Ok, Missing, Invalid };

    // Numbers with thousands separators (`1,234`, `1.234.567`, `1 234`), either decimal mark
    // (the last of `,`/`.` when both appear; a lone `,` followed by other than three digits),
    // an optional currency sign; empty, `-` and `--` are Missing.
    static NumberStatus parseNumber(std::string_view cell, double *value);

    // Dates in ISO (`2026-02-01`, `2026/02/01`), US (`Sun, Feb 1, 2026`, `February 1, 2026`,
    // `Feb 1, 2026`, `2/1/2026`), Korean and dotted (`2026. 2. 1.`, `2019.02.01.`) forms, and
    // `20260201`. An impossible date (2026-02-30) gives an invalid QDate.
    static QDate parseDate(std::string_view cell);
};

} // namespace funnelcast
