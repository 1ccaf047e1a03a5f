#include "document/scenariobands.h"

#include "document/plandocument.h"
#include "forecast/forecastengine.h"
#include "forecast/forecastoptions.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace funnelcast::ui {

ScenarioBands::ScenarioBands(QObject *parent) : QObject(parent)
{
}

ScenarioBands::~ScenarioBands()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_running)
        m_running->waitForFinished();
}

void ScenarioBands::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::planChanged, this, &ScenarioBands::invalidate);
    invalidate();
}

void ScenarioBands::invalidate()
{
    ++m_generation;
    m_results.clear();
    if (m_cancel)
        *m_cancel = true;
}

void ScenarioBands::request()
{
    m_wanted = true;
    if (!m_document || isCurrent() || m_running)
        return; // a running (possibly cancelled) run asks again when it ends
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = m_generation;
    const Plan plan = m_document->plan(); // the worker's own copy
    const int draws = m_draws;
    auto future = std::make_shared<QFuture<std::vector<ForecastResult>>>(QtConcurrent::run([=] {
        std::vector<ForecastResult> results;
        ForecastOptions options;
        options.draws = draws;
        options.cancel = cancel.get();
        for (const Scenario &scenario : plan.scenarios) {
            try {
                results.push_back(ForecastEngine::run(plan, scenario, options));
            } catch (const std::exception &) {
                results.emplace_back(); // an invalid scenario shows no range
            }
            if (*cancel)
                return std::vector<ForecastResult>();
        }
        return results;
    }));
    m_running = future;
    auto *watcher = new QFutureWatcher<std::vector<ForecastResult>>(this);
    connect(watcher, &QFutureWatcher<std::vector<ForecastResult>>::finished, this,
            [this, watcher, future, generation] {
                watcher->deleteLater();
                m_running.reset();
                std::vector<ForecastResult> results = future->takeResult();
                if (generation != m_generation || results.empty()) {
                    if (m_wanted)
                        request(); // the plan changed meanwhile: run on the current plan
                    return;
                }
                m_wanted = false;
                m_results = std::move(results);
                emit ready();
            });
    watcher->setFuture(*future);
}

void ScenarioBands::waitForIdle()
{
    // A run that ends stale starts the next one from its finished handler: wait for that too.
    while (m_running) {
        const auto running = m_running;
        running->waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (m_running == running)
            break; // its finished signal has not arrived; the caller's event loop delivers it
    }
}

} // namespace funnelcast::ui
