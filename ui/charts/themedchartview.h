#pragma once

#include <QChartView>

namespace funnelcast::ui {

// A chart view that restyles its chart whenever its palette changes (light to dark and back),
// through ChartStyle, then lets the subclass colour its own series.
class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThemedChartView(QWidget *parent = nullptr);

    void restyle();

protected:
    void changeEvent(QEvent *event) override;
    // Series colours for the current palette; ChartStyle::applyPalette has just run.
    virtual void applySeriesColors() {}
};

} // namespace funnelcast::ui
