#pragma once

#include "forecast/forecastresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

template <class T>
class QFuture;

namespace funnelcast::ui {

class PlanDocument;

// Keeps a forecast of the document's current scenario up to date. After each change the base
// forecast is computed at once on the UI thread (it takes microseconds to milliseconds), and
// the Monte Carlo run for the P10-P90 bands starts on a worker thread a moment later; the next
// change cancels it through the engine's cancel flag. A stale result is never shown.
class ForecastController : public QObject
{
    Q_OBJECT

public:
    explicit ForecastController(QObject *parent = nullptr);
    ~ForecastController() override;

    void setDocument(PlanDocument *document);
    void setDraws(int draws) { m_draws = draws; }
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

    const ForecastResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    bool hasBands() const { return m_result.draws > 0; }
    bool isBusy() const { return m_busy; }
    QString error() const { return m_error; }

    void recompute();
    // While held, runs are not started (a pending one starts on release). The desktop app
    // holds them until its window has painted, so that the draws do not compete with the
    // first paint for the CPU.
    void holdMonteCarlo(bool hold);
    // Blocks until the running Monte Carlo (if any) is done; for tests and shutdown.
    void waitForIdle();

signals:
    void baseReady();   // result() holds a new base forecast (no bands yet)
    void bandsReady();  // result() now has the P10-P90 bands
    void busyChanged(bool busy);
    void failed(const QString &message);

private:
    void onDelayElapsed();
    void startMonteCarlo();
    void setBusy(bool busy);

    QPointer<PlanDocument> m_document;
    ForecastResult m_result;
    bool m_hasResult = false;
    QString m_error;
    int m_draws = 10000;
    QTimer m_delay;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    std::vector<std::shared_ptr<QFuture<ForecastResult>>> m_running;
    bool m_busy = false;
    bool m_held = false;
    bool m_pending = false; // a run was due while held
};

} // namespace funnelcast::ui
