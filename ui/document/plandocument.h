#pragma once

#include "actuals/actualsimporter.h"
#include "document/planitem.h"
#include "model/plan.h"

#include <QList>
#include <QPair>
#include <QPointer>

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QUndoStack;

namespace funnelcast {
class PlanFile;
}

namespace funnelcast::ui {

class ActualsImportJob;
struct FlightingChange;

// One open plan as the window sees it: the PlanFile (every write is one transaction) and its
// undo stack. Views and models never write to the file themselves; they ask the document,
// which checks the would-be plan with PlanValidator, refuses bad input with a sentence
// (editRefused) and otherwise pushes one undo command. The commands call the write* methods,
// which write the file and emit the change signals.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent = nullptr);
    ~PlanDocument() override;

    // Throw InputError with the sentence to show.
    static std::unique_ptr<PlanDocument> open(const QString &path);
    static std::unique_ptr<PlanDocument> createUntitled(const Plan &plan);
    static Plan demoPlan();  // the embedded :/demo-plan.json
    static Plan emptyPlan(); // one empty scenario, starting next Monday

    const Plan &plan() const;
    QString path() const;
    bool isUntitled() const;
    PlanFile &file() const { return *m_file; }
    QUndoStack *undoStack() const { return m_undoStack; }

    int currentScenario() const { return m_currentScenario; }
    void setCurrentScenario(int index);
    int itemCount(ItemKind kind, int scenario) const;
    PlanItem item(ItemKind kind, int scenario, int index) const;
    QString itemName(ItemKind kind, int scenario, int index) const;

    // Checked edits: true when the edit was made (and pushed on the undo stack), false when it
    // was refused (editRefused carries the reason) or the file could not be written. An edit
    // that changes nothing returns true and pushes nothing. Edits with the same non-zero
    // mergeKey on the same item merge into one undo step (typing in a field).
    bool setItem(ItemKind kind, int scenario, int index, const PlanItem &item,
                 const QString &description, int mergeKey = 0);
    bool insertItem(ItemKind kind, int scenario, int index, const PlanItem &item);
    bool removeItem(ItemKind kind, int scenario, int index);
    bool setPlanHeader(const Plan &header, const QString &description, int mergeKey = 0);
    bool insertScenario(int index, const Scenario &scenario, const QString &description);
    bool removeScenario(int index);
    bool renameScenario(int index, const QString &name);
    bool setScenarioBudget(int index, std::optional<double> budget, int mergeKey = 0);
    // The flightings of several paid channels of `scenario` (channel index, new flighting) as
    // one undo step: a typed weight, a pasted block, a column made custom.
    bool setFlightings(int scenario, const QList<QPair<int, Flighting>> &flightings,
                       const QString &description);

    // `flighting` as custom weights with the same shares over `weeks` weeks: a pattern becomes
    // its own weights (even 1 each, front-loaded W - t, ...), so switching to custom changes no
    // number of the forecast. A custom flighting is returned resized (see resizedFlighting).
    static Flighting customFlighting(const Flighting &flighting, int weeks);
    // A custom flighting for a plan of `weeks` weeks: the weights of the weeks that remain are
    // kept, new weeks at the end get weight 0 (no spend until the user types one), weeks cut
    // off are dropped. Patterns need no change and are returned as they are.
    static Flighting resizedFlighting(const Flighting &flighting, int weeks);

    // Reports input that could not become an edit (a parse error); returns false.
    bool refuseEdit(const QString &message);
    // The sentence saying what is wrong with `candidate`, or an empty string. A candidate of
    // another length than the plan is checked with its custom weights resized to it, as
    // setPlanHeader will resize them.
    QString check(const Plan &candidate) const;
    // The same for `plan()` with one item replaced (index == count: appended).
    QString checkItem(ItemKind kind, int scenario, int index, const PlanItem &item) const;
    // A name for a new item of `kind` in `scenario` that no other item there has.
    QString uniqueItemName(ItemKind kind, int scenario, const QString &stem) const;
    QString uniqueScenarioName(const QString &stem) const;

    void saveAs(const QString &path); // throws InputError; the document continues on the copy

    // Imports an ad-platform export into the plan file's actuals (one transaction; importing
    // the same file again adds nothing) and emits actualsChanged. Throws InputError or
    // UsageError with the sentence to show; a failed import changes nothing. Not an undo step:
    // actuals are data the platforms reported, not an assumption of the plan.
    ImportResult importActuals(const QString &path, const ImportOptions &options);
    // The same on a worker thread with its own connection (the import dialog's way): returns
    // the running job, which reports progress, can be cancelled (nothing is written) and emits
    // finished; actualsChanged follows a successful one. Null while another import runs. Edits
    // go on meanwhile; a rename of the import's channel that takes its actuals along also
    // takes the rows being imported (see docs/actuals.md, "Channel").
    ActualsImportJob *startActualsImport(const QString &path, const ImportOptions &options);
    ActualsImportJob *actualsImport() const; // the running one, or null
    static constexpr int importBusyTimeoutMs = 120000;

    // Unchecked writes for the undo commands. A failed write changes nothing and emits
    // writeFailed; they return whether the write happened.
    // A paid channel renamed here takes its actuals along when ActualsStore::renameTakesActuals
    // says so, in the same transaction; *actualsMovedTo then gets the new name (else empty).
    bool writeItem(ItemKind kind, int scenario, int index, const PlanItem &item,
                   QString *actualsMovedTo = nullptr);
    // For undo and redo of a rename: writes the item and moves the actuals of channel `from`
    // to `to` in the same transaction, without asking (empty `from`: moves nothing).
    bool writeItemMovingActuals(ItemKind kind, int scenario, int index, const PlanItem &item,
                                const QString &from, const QString &to);
    bool writeInsertItem(ItemKind kind, int scenario, int index, const PlanItem &item);
    bool writeRemoveItem(ItemKind kind, int scenario, int index);
    bool writePlanHeader(const Plan &header);
    // Values of the same structure at once (PlanFile::setPlanValues): one transaction.
    bool writePlanValues(const Plan &next);
    bool writeInsertScenario(int index, const Scenario &scenario);
    bool writeRemoveScenario(int index);
    bool writeScenarioName(int index, const QString &name);
    bool writeScenarioBudget(int index, std::optional<double> budget);

signals:
    void itemChanged(funnelcast::ui::ItemKind kind, int scenario, int index);
    // Around inserting or removing items: the models reset.
    void itemsAboutToChange(funnelcast::ui::ItemKind kind, int scenario);
    void itemsChanged(funnelcast::ui::ItemKind kind, int scenario);
    void itemInserted(funnelcast::ui::ItemKind kind, int scenario, int index);
    // Around any change to the scenario list or a switch of the current scenario.
    void aboutToRestructure();
    void restructured();
    void scenarioListChanged();
    void scenarioChanged(int index); // name or budget
    void currentScenarioChanged(int index);
    void planHeaderChanged();
    void planChanged(); // after every change to the plan, for the forecast
    void pathChanged();
    void actualsChanged(); // an import added rows to the plan file's actuals
    void editRefused(const QString &message);
    void writeFailed(const QString &message);

private:
    bool write(const std::function<void()> &operation);
    Plan withItem(ItemKind kind, int scenario, int index, const PlanItem &item) const;
    PlanItem withCustomWeights(ItemKind kind, int scenario, int index, const PlanItem &item) const;
    bool setPlanLength(const Plan &candidate, const QString &description, int mergeKey);
    Plan withResizedFlightings(const Plan &candidate, QString *problem,
                               std::vector<FlightingChange> *changes) const;

    enum class ActualsMove { Decide, Given };
    QString writePaidChannel(int scenario, int index, const PaidChannel &channel,
                             ActualsMove mode, const QString &from = QString(),
                             const QString &to = QString());
    bool writeItemImpl(ItemKind kind, int scenario, int index, const PlanItem &item,
                       ActualsMove mode, const QString &from, const QString &to,
                       QString *actualsMovedTo);

    std::unique_ptr<PlanFile> m_file;
    // Taken by a rename that moves actuals and by an import's final copy into the plan file,
    // so the rows being imported follow a rename made while the import runs.
    std::shared_ptr<std::mutex> m_renameLock = std::make_shared<std::mutex>();
    QPointer<ActualsImportJob> m_importJob;
    QUndoStack *m_undoStack = nullptr;
    int m_currentScenario = 0;
};

} // namespace funnelcast::ui
