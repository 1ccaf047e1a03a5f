#pragma once

#include "charts/themedchartview.h"

#include <QDate>

#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace funnelcast::ui {

// A weekly series drawn as its base line over a shaded P10-P90 band (a QAreaSeries between
// the two percentile lines). Colours follow the palette, light or dark.
class WeeklyBandChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit WeeklyBandChart(QWidget *parent = nullptr);

    // `p10` and `p90` may be empty (no bands yet): then only the base line is drawn.
    void setSeries(const std::vector<QDate> &weeks, const std::vector<double> &base,
                   const std::vector<double> &p10, const std::vector<double> &p90);
    void setValueTitle(const QString &title);
    void clear();

    QAreaSeries *bandSeries() const { return m_band; }
    QLineSeries *baseSeries() const { return m_base; }
    QLineSeries *lowSeries() const { return m_low; }
    QLineSeries *highSeries() const { return m_high; }

protected:
    void applySeriesColors() override;

private:

    QLineSeries *m_base;
    QLineSeries *m_low;
    QLineSeries *m_high;
    QAreaSeries *m_band;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace funnelcast::ui
