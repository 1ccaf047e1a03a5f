#include "document/forecastcontroller.h"

#include "document/plandocument.h"
#include "forecast/forecastengine.h"
#include "model/inputerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace funnelcast::ui {

ForecastController::ForecastController(QObject *parent) : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(150); // let a burst of typing settle before starting the draws
    connect(&m_delay, &QTimer::timeout, this, &ForecastController::onDelayElapsed);
}

ForecastController::~ForecastController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_delay.stop();
    for (const auto &future : m_running)
        future->waitForFinished();
}

void ForecastController::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::planChanged, this, &ForecastController::recompute);
        connect(m_document, &PlanDocument::currentScenarioChanged, this,
                &ForecastController::recompute);
    }
    recompute();
}

void ForecastController::recompute()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_delay.stop();
    m_pending = false;
    if (!m_document) {
        m_hasResult = false;
        m_result = ForecastResult();
        setBusy(false);
        emit baseReady();
        return;
    }
    const Plan &plan = m_document->plan();
    const Scenario &scenario = plan.scenarios.at(size_t(m_document->currentScenario()));
    try {
        m_result = ForecastEngine::base(plan, scenario);
        m_hasResult = true;
        m_error.clear();
    } catch (const InputError &e) {
        m_hasResult = false;
        m_error = e.message();
        setBusy(false);
        emit failed(m_error);
        return;
    }
    emit baseReady();
    if (m_draws > 0) {
        setBusy(true);
        m_delay.start();
    } else {
        setBusy(false);
    }
}

void ForecastController::holdMonteCarlo(bool hold)
{
    m_held = hold;
    if (!hold && m_pending) {
        m_pending = false;
        startMonteCarlo();
    }
}

void ForecastController::onDelayElapsed()
{
    if (m_held)
        m_pending = true;
    else
        startMonteCarlo();
}

void ForecastController::startMonteCarlo()
{
    if (!m_document)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = m_generation;
    const Plan plan = m_document->plan(); // the worker gets its own copy
    const int scenarioIndex = m_document->currentScenario();
    const int draws = m_draws;

    auto future = std::make_shared<QFuture<ForecastResult>>(QtConcurrent::run([=] {
        ForecastOptions options;
        options.draws = draws;
        options.cancel = cancel.get();
        try {
            return ForecastEngine::run(plan, plan.scenarios.at(size_t(scenarioIndex)), options);
        } catch (const std::exception &) {
            ForecastResult failed;
            failed.cancelled = true;
            return failed;
        }
    }));
    m_running.push_back(future);
    auto *watcher = new QFutureWatcher<ForecastResult>(this);
    connect(watcher, &QFutureWatcher<ForecastResult>::finished, this,
            [this, watcher, future, generation] {
                watcher->deleteLater();
                m_running.erase(std::remove(m_running.begin(), m_running.end(), future),
                                m_running.end());
                if (generation != m_generation)
                    return; // a newer edit superseded this run
                // Moved, not copied: on a 30x52 plan the result is a few hundred kilobytes of
                // weekly series, and this runs on the UI thread.
                ForecastResult result = future->takeResult();
                setBusy(false);
                if (result.cancelled)
                    return;
                m_result = std::move(result);
                emit bandsReady();
            });
    watcher->setFuture(*future);
}

void ForecastController::waitForIdle()
{
    if (m_delay.isActive() || m_pending) {
        m_delay.stop();
        m_pending = false;
        startMonteCarlo();
    }
    const auto running = m_running;
    for (const auto &future : running)
        future->waitForFinished();
    QCoreApplication::sendPostedEvents();
}

void ForecastController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace funnelcast::ui
