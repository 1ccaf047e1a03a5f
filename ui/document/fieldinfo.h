#pragma once

#include <QString>

namespace funnelcast::ui {

// How a field's number is shown and typed.
enum class FieldUnit {
    Text,    // a name or identifier
    Money,   // in the plan's currency
    Percent, // a rate stored as 0..1, shown and typed as a percentage
    Count,   // people, impressions per person, posts
    Other    // flighting, posts list, flags
};

// The label, tooltip and unit of one plan field, by its plan JSON key ("ctr", "aov", ...).
// Tooltips say what the assumption means in a marketer's words and where to find it.
struct FieldInfo
{
    QString label;
    QString shortLabel; // table headers
    QString toolTip;
    FieldUnit unit = FieldUnit::Other;

    static FieldInfo of(const QString &key);
    static FieldInfo of(const char *key) { return of(QString::fromLatin1(key)); }
};

} // namespace funnelcast::ui
