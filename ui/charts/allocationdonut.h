#pragma once

#include "charts/themedchartview.h"

#include <QString>

#include <vector>

class QPieSeries;

namespace funnelcast::ui {

// A donut (pie with a hole) of the paid spend per channel. Slices keep their channel order so
// that the colours match between the current and the proposed allocation.
class AllocationDonut : public ThemedChartView
{
    Q_OBJECT

public:
    explicit AllocationDonut(QWidget *parent = nullptr);

    void setAllocation(const QString &title, const std::vector<QString> &names,
                       const std::vector<double> &spends);
    QPieSeries *series() const { return m_series; }

protected:
    void applySeriesColors() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutLegend();

    QPieSeries *m_series;
};

} // namespace funnelcast::ui
