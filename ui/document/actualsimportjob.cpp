#include "document/actualsimportjob.h"

#include "model/inputerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <new>

namespace funnelcast::ui {

ActualsImportJob::ActualsImportJob(const QString &planPath, const Plan &plan,
                                   const QString &exportPath, const ImportOptions &options,
                                   std::shared_ptr<std::mutex> renameLock, QObject *parent)
    : QObject(parent), m_planPath(planPath), m_plan(plan), m_exportPath(exportPath),
      m_options(options), m_renameLock(std::move(renameLock)), m_channel(options.channel),
      m_bytesTotal(QFileInfo(exportPath).size())
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progressChanged(progress()); });
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ActualsImport"));
    // Queued to this (UI) thread: the results are read only after the worker is done.
    connect(m_thread, &QThread::finished, this, &ActualsImportJob::workerDone);
    m_thread->start(QThread::LowPriority);
    m_progressTimer.start();
}

ActualsImportJob::~ActualsImportJob()
{
    m_cancel.store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

double ActualsImportJob::progress() const
{
    if (m_state != State::Running)
        return 1.0;
    if (m_merging.load())
        return 0.95;
    if (m_bytesTotal <= 0)
        return 0.0;
    // Reading and checking the rows is most of the work; copying them in is the last part.
    return 0.95 * qBound(0.0, double(m_bytesRead.load()) / double(m_bytesTotal), 1.0);
}

void ActualsImportJob::cancel()
{
    m_cancel.store(true);
}

bool ActualsImportJob::waitForFinished(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_state == State::Running && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_state != State::Running;
}

void ActualsImportJob::run()
{
    try {
        // Its own connection: SQLite connections are not shared between threads here
        // (SQLITE_OPEN_NOMUTEX), and this one's temporary table is invisible to the window's.
        Database db(m_planPath, Database::Mode::ReadWrite);
        // The final copy waits for an edit in progress (milliseconds) or another program's
        // transaction; a file busy for longer fails the import with nothing written.
        db.setBusyTimeout(30000);
        ImportControl control;
        control.cancel = &m_cancel;
        control.bytesRead = &m_bytesRead;
        control.merging = &m_merging;
        control.lock = m_renameLock.get();
        control.channel = [this] { return m_channel; };
        m_result = ActualsImporter(db, m_plan).importFileStaged(m_exportPath, m_options, control);
    } catch (const ImportCancelled &) {
        m_cancelled = true;
    } catch (const InputError &e) {
        m_error = e.message();
    } catch (const UsageError &e) {
        m_error = e.message();
    } catch (const std::bad_alloc &) {
        m_error = tr("Not enough memory to import %1.").arg(QFileInfo(m_exportPath).fileName());
    }
}

void ActualsImportJob::workerDone()
{
    m_progressTimer.stop();
    if (m_cancelled)
        m_state = State::Cancelled;
    else if (!m_error.isEmpty())
        m_state = State::Failed;
    else
        m_state = State::Succeeded;
    emit progressChanged(1.0);
    emit finished();
}

} // namespace funnelcast::ui
