#include "charts/allocationdonut.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

namespace funnelcast::ui {

AllocationDonut::AllocationDonut(QWidget *parent)
    : ThemedChartView(parent), m_series(new QPieSeries)
{
    setObjectName(QStringLiteral("allocationDonut"));
    setAccessibleName(tr("Allocation chart"));
    QChart *chart = ChartStyle::createChart(); // legend below: long channel names fit
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.8);
    chart->addSeries(m_series);
    ChartStyle::install(this, chart, QSize(180, 200));
    restyle();
}

void AllocationDonut::setAllocation(const QString &title, const std::vector<QString> &names,
                                    const std::vector<double> &spends)
{
    m_series->clear();
    double total = 0.0;
    for (double spend : spends)
        total += spend;
    for (size_t i = 0; i < names.size() && i < spends.size(); ++i) {
        const double share = total > 0.0 ? spends[i] / total : 0.0;
        auto *slice = m_series->append(
            tr("%1 (%2%)").arg(names[i]).arg(share * 100.0, 0, 'f', 0), spends[i]);
        slice->setLabelVisible(false);
    }
    chart()->setTitle(title);
    applySeriesColors();
    layoutLegend();
}

void AllocationDonut::resizeEvent(QResizeEvent *event)
{
    ThemedChartView::resizeEvent(event);
    layoutLegend();
}

// The view is often narrow (a third of the budget panel): a legend in one row below would cut
// every name to nothing. So the legend is a column under the donut, one channel a line; when
// the view is too short for that, it goes back to Qt's own layout on the right.
void AllocationDonut::layoutLegend()
{
    QChart *c = chart();
    QLegend *legend = c->legend();
    const QSizeF size = c->size();
    const int rows = int(m_series->count());
    const qreal line = QFontMetrics(legend->font()).height() * 1.7; // Qt's row, marker included
    const qreal title = c->title().isEmpty() ? 8 : QFontMetrics(c->titleFont()).height() + 14;
    const qreal legendHeight = rows * line + 8;
    const qreal pieHeight = size.height() - title - legendHeight - 8;
    if (rows == 0 || pieHeight < 90) { // 90: still a readable donut, and room for CJK lines
        if (!legend->isAttachedToChart()) {
            legend->attachToChart();
            c->setPlotArea(QRectF()); // back to automatic layout
        }
        legend->setAlignment(rows == 0 ? Qt::AlignBottom : Qt::AlignRight);
        return;
    }
    if (legend->isAttachedToChart())
        legend->detachFromChart();
    legend->setAlignment(Qt::AlignLeft); // a detached legend on the left lists vertically
    legend->setBackgroundVisible(false);
    c->setPlotArea(QRectF(4, title, size.width() - 8, pieHeight));
    legend->setGeometry(QRectF(8, title + pieHeight + 4, size.width() - 16, legendHeight));
    legend->update();
}

void AllocationDonut::applySeriesColors()
{
    // Slices keep the channel's position, so colours match between current and proposed.
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        slices[i]->setColor(ChartStyle::seriesColor(i, palette()));
        slices[i]->setBorderColor(ChartStyle::background(palette()));
    }
}

} // namespace funnelcast::ui
