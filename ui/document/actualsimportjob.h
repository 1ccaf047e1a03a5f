#pragma once

#include "actuals/actualsimporter.h"
#include "model/plan.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace funnelcast::ui {

// One actuals import running on a worker thread with its own SQLite connection to the plan
// file (ActualsImporter::importFileStaged): the rows are read into a temporary table, which
// locks nothing, and then copied into the plan file in one short transaction. So the window
// stays responsive and its edits go on being written at once; an edit made during the final
// copy waits for it (PlanDocument lengthens the window connection's busy timeout while a job
// runs), so it is written after, not lost. Cancel stops it with nothing written. Made by PlanDocument::startActualsImport, which owns it.
class ActualsImportJob : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Cancelled };

    ActualsImportJob(const QString &planPath, const Plan &plan, const QString &exportPath,
                     const ImportOptions &options, std::shared_ptr<std::mutex> renameLock,
                     QObject *parent = nullptr);
    ~ActualsImportJob() override; // cancels and waits for the worker

    QString exportPath() const { return m_exportPath; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // How far it has come, 0 to 1 (reading the file is most of it).
    double progress() const;
    // True once the rows are being copied into the plan file (a cancel then still rolls back).
    bool isWriting() const { return m_merging.load(); }
    const ImportResult &result() const { return m_result; }
    QString errorMessage() const { return m_error; }

    void cancel();
    // For tests: runs the event loop until the job has finished.
    bool waitForFinished(int timeoutMs = 30000);

    // The channel the rows go to. The document renames it, with the rename lock held, when a
    // rename of that channel takes its actuals along.
    QString channelLocked() const { return m_channel; }
    void setChannelLocked(const QString &name) { m_channel = name; }

signals:
    void progressChanged(double fraction);
    void finished(); // state() says how

private:
    void run();
    void workerDone();

    QString m_planPath;
    Plan m_plan;
    QString m_exportPath;
    ImportOptions m_options;
    std::shared_ptr<std::mutex> m_renameLock;
    QString m_channel; // guarded by m_renameLock while the worker runs
    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_merging { false };
    std::atomic<qint64> m_bytesRead { 0 };
    qint64 m_bytesTotal = 0;
    State m_state = State::Running;
    // Written by the worker, read on the UI thread only after it has finished.
    ImportResult m_result;
    QString m_error;
    bool m_cancelled = false;
    QThread *m_thread = nullptr;
    QTimer m_progressTimer;
};

} // namespace funnelcast::ui
