#include "charts/themedchartview.h"

#include "charts/chartstyle.h"

#include <QEvent>

namespace funnelcast::ui {

ThemedChartView::ThemedChartView(QWidget *parent) : QChartView(parent) {}

void ThemedChartView::restyle()
{
    if (!chart())
        return;
    ChartStyle::applyPalette(chart(), palette());
    applySeriesColors();
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace funnelcast::ui
