#include "charts/allocationdonut.h"

#include "charts/chartstyle.h"

#include <QChart>
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
    ChartStyle::install(this, chart, QSize(260, 200));
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
