#pragma once

#include "forecast/forecastresult.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

template <class T>
class QFuture;

namespace funnelcast::ui {

class PlanDocument;

// The Monte Carlo forecast of every scenario of the plan, for the scenario comparison's
// P10-P90 ranges. Computed on a worker only when asked (the comparison asks when it is shown),
// with the same draws and seed as the live forecast so the current scenario's ranges equal the
// KPI cards'; any change to the plan cancels a run and drops the results, so stale ranges are
// never shown.
class ScenarioBands : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioBands(QObject *parent = nullptr);
    ~ScenarioBands() override;

    void setDocument(PlanDocument *document);
    void setDraws(int draws) { m_draws = draws; }

    // Starts a run unless the results are current or one is running.
    void request();
    // The results for the plan as it is now, one per scenario; empty until a run finished.
    const std::vector<ForecastResult> &results() const { return m_results; }
    bool isCurrent() const { return !m_results.empty(); }
    // Blocks until the running computation (if any) is done; for tests and shutdown.
    void waitForIdle();

signals:
    void ready();

private:
    void invalidate();

    QPointer<PlanDocument> m_document;
    std::vector<ForecastResult> m_results;
    int m_draws = 10000;
    bool m_wanted = false; // asked for and not yet delivered
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<QFuture<std::vector<ForecastResult>>> m_running;
};

} // namespace funnelcast::ui
