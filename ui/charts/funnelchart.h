#pragma once

#include "forecast/forecastresult.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace funnelcast::ui {

// The base forecast's funnel, impressions to orders, for the whole plan or one channel: a bar
// per stage (widths on a logarithmic scale, since impressions outnumber orders by thousands),
// each labelled with its count and its conversion rate from the stage before.
class FunnelChart : public QWidget
{
    Q_OBJECT

public:
    struct Stage
    {
        QString name;
        double count = 0.0;
        std::optional<double> rate; // count / previous stage's count; none for the first
                                    // stage or after an empty stage
    };

    explicit FunnelChart(QWidget *parent = nullptr);

    // Sums the base funnel over the weeks: of channel `channel` of result.channels, or of all
    // channels when `channel` is -1. Orders are all caused orders, as in the totals.
    static std::vector<Stage> stagesOf(const ForecastResult &result, int channel);

    void setStages(const std::vector<Stage> &stages, const QString &title);
    void clear();

    const std::vector<Stage> &stages() const { return m_stages; }
    QString title() const { return m_title; }
    QString countText(int stage) const;
    QString rateText(int stage) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    std::vector<Stage> m_stages;
    QString m_title;
};

} // namespace funnelcast::ui
