#include "charts/allocationdonut.h"

#include <QChart>
#include <QPieSeries>
#include <QPieSlice>

namespace funnelcast::ui {

AllocationDonut::AllocationDonut(QWidget *parent)
    : QChartView(parent), m_series(new QPieSeries)
{
    setObjectName(QStringLiteral("allocationDonut"));
    auto *chart = new QChart;
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.8);
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignBottom); // long channel names fit below
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 200);
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
}

} // namespace funnelcast::ui
