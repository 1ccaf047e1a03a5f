#pragma once

#include "charts/themedchartview.h"

#include <QDate>
#include <QString>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace funnelcast::ui {

// Weekly orders of every scenario as one line each, the current scenario drawn thicker, so
// the comparison shows not only how many orders but when they come.
class ScenarioWeeklyChart : public ThemedChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        std::vector<double> values; // one per week
    };

    explicit ScenarioWeeklyChart(QWidget *parent = nullptr);

    // Lines are drawn against `weeks` (the plan's weeks; every scenario shares them).
    void setLines(const std::vector<QDate> &weeks, const std::vector<Line> &lines, int current);
    void clear();

    const std::vector<QLineSeries *> &lines() const { return m_lines; }
    int current() const { return m_current; }

protected:
    void applySeriesColors() override;

private:
    std::vector<QLineSeries *> m_lines;
    int m_current = -1;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
};

} // namespace funnelcast::ui
