#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

#include <vector>

namespace funnelcast::ui {

// Type sizes, colours and the font stack of the report. Sizes are in points: the report lays
// out in points whatever the device resolution (ReportCanvas scales the painter).
struct ReportStyle
{
    // A Latin face first and Noto Sans CJK KR as the fallback: with a CJK face as the main font
    // Qt 6.4's PDF engine writes digits that text extraction cannot read (DESIGN.md).
    QStringList families;

    double bodySize = 9.5;
    double smallSize = 7.5;
    double tableSize = 8.0;
    double h1Size = 17.0;
    double h2Size = 11.5;
    double coverTitleSize = 26.0;

    QColor ink = QColor(0x22, 0x2a, 0x35);
    QColor muted = QColor(0x6b, 0x75, 0x82);
    QColor rule = QColor(0xc9, 0xcf, 0xd6);
    QColor zebra = QColor(0xf3, 0xf5, 0xf8);
    QColor accent = QColor(0x1f, 0x4e, 0x79);
    QColor accentLight = QColor(0xd6, 0xe4, 0xf0);
    QColor positive = QColor(0x2e, 0x7d, 0x32);
    QColor negative = QColor(0xc6, 0x28, 0x28);

    // Colours for series and slices, in order; muted so the report prints well in grey too.
    std::vector<QColor> palette;

    static ReportStyle standard();
    // The colour of series i (the palette repeats).
    QColor seriesColor(int index) const;
};

} // namespace funnelcast::ui
