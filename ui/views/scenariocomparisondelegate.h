#pragma once

#include <QColor>
#include <QStyledItemDelegate>

#include <vector>

class QPalette;

namespace funnelcast::ui {

// Paints a scenario comparison cell line by line, each line in its own colour: the base figure
// in the text colour, its P10-P90 range dimmer (a spread, neither good nor bad), and the
// difference from the first scenario green when better and red when worse. The cell's display
// text stays the whole text (lines joined by '\n'), so size hints, copying and accessibility see
// every line; the roles below say which line is what. Colours are taken from the palette at
// paint time, so a switch between light and dark needs no refresh.
class ScenarioComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        HasRangeRole = Qt::UserRole + 1, // bool: line 2 is the P10-P90 range
        DifferenceRole,                  // int: last line is the difference, +1 better, -1 worse
    };

    explicit ScenarioComparisonDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The colour of each line of the cell's text, unselected.
    static std::vector<QColor> lineColors(const QModelIndex &index, const QPalette &palette);
    static QColor rangeColor(const QPalette &palette);
    static QColor differenceColor(bool better, const QPalette &palette);
};

} // namespace funnelcast::ui
