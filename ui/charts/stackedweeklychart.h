#pragma once

#include "charts/themedchartview.h"

#include <QDate>
#include <QString>

#include <vector>

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace funnelcast::ui {

// The plan's weekly orders or revenue as one stacked bar per week, a layer per channel, so
// the user sees which channel carries which week. Beyond maxGroups channels the smallest (by
// campaign total) are summed into one "Other" layer so that colours and legend stay readable.
class StackedWeeklyChart : public ThemedChartView
{
    Q_OBJECT

public:
    struct Layer
    {
        QString name;
        std::vector<double> values; // one per week
        bool other = false;         // the sum of the smallest channels
    };

    static constexpr int maxGroups = 8;

    explicit StackedWeeklyChart(QWidget *parent = nullptr);

    void setSeries(const std::vector<QDate> &weeks, const std::vector<Layer> &channels);
    void setValueTitle(const QString &title);
    void clear();

    // At most `groups` layers: all channels if they fit, else the largest groups-1 in their
    // own order followed by "Other" (the rest, week by week).
    static std::vector<Layer> group(const std::vector<Layer> &channels, int groups = maxGroups);

    const std::vector<Layer> &layers() const { return m_layers; }
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *weekAxis() const { return m_xAxis; }

protected:
    void applySeriesColors() override;

private:
    void fitWeekLabels();

    std::vector<Layer> m_layers;
    std::vector<QDate> m_weeks;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace funnelcast::ui
