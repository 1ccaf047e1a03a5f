#pragma once

#include "document/fieldinfo.h"
#include "document/planitem.h"
#include "model/flighting.h"

#include <QString>

#include <functional>
#include <vector>

namespace funnelcast::ui {

// One column of an item table: how its field reads as text and how typed text changes it.
// The uncertain columns come from core's field tables (model/fieldspec.h).
struct ItemColumn
{
    enum class Editor { Text, Platform, Pattern, Number, Check };

    QString key; // plan JSON key, for labels and tooltips
    FieldUnit unit = FieldUnit::Other;
    Editor editor = Editor::Number;
    bool uncertain = false; // accepts low / base / high
    bool inTable = true;    // false: only in the detail panel
    std::function<QString(const PlanItem &item, const QString &currency, bool forEdit)> text;
    // Puts typed text into `item`; false (and *error) when the text is not acceptable.
    std::function<bool(PlanItem &item, const QString &text, QString *error)> apply;

    static std::vector<ItemColumn> columns(ItemKind kind);      // every editable field
    static std::vector<ItemColumn> tableColumns(ItemKind kind); // those shown in tables
    static QString patternLabel(FlightingPattern pattern);      // "Even", "Front-loaded", ...
};

} // namespace funnelcast::ui
