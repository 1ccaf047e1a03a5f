#include "document/plandocument.h"

#include "commands/insertitemcommand.h"
#include "commands/insertscenariocommand.h"
#include "commands/removeitemcommand.h"
#include "commands/removescenariocommand.h"
#include "commands/setflightingcommand.h"
#include "commands/setitemcommand.h"
#include "commands/setplanheadercommand.h"
#include "commands/setscenariobudgetcommand.h"
#include "commands/setscenarionamecommand.h"
#include "actuals/actualsstore.h"
#include "document/actualsimportjob.h"
#include "document/fieldinfo.h"
#include "document/issuetext.h"
#include "io/planjson.h"
#include "model/fieldspec.h"
#include "model/inputerror.h"
#include "model/planvalidator.h"
#include "storage/database.h"
#include "storage/planfile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <cmath>

namespace funnelcast::ui {

namespace {

// Numbers beyond this are typing accidents, not plans (1e308 would overflow every total).
constexpr double largestValue = 1e15;

template <class Item>
std::vector<Item> &listOf(Scenario &scenario);
template <>
std::vector<PaidChannel> &listOf<PaidChannel>(Scenario &s) { return s.channels; }
template <>
std::vector<CreatorDeal> &listOf<CreatorDeal>(Scenario &s) { return s.creators; }
template <>
std::vector<OrganicStream> &listOf<OrganicStream>(Scenario &s) { return s.organic; }

template <class Item>
QString tooLarge(const Item &item, const std::vector<UncertainFieldSpec<Item>> &fields)
{
    for (const auto &field : fields) {
        const Uncertain &u = item.*(field.member);
        for (double v : {u.low, u.base, u.high}) {
            if (!std::isfinite(v) || std::fabs(v) > largestValue)
                return QString::fromLatin1(field.key);
        }
    }
    return QString();
}

bool tooLarge(double v)
{
    return !std::isfinite(v) || std::fabs(v) > largestValue;
}

// The key of the first field of `item` that is absurdly large, or empty.
QString oversizedField(const PlanItem &item)
{
    if (const auto *c = std::get_if<PaidChannel>(&item)) {
        if (tooLarge(c->spend))
            return QStringLiteral("spend");
        if (tooLarge(c->minSpend))
            return QStringLiteral("min_spend");
        if (c->maxSpend && tooLarge(*c->maxSpend))
            return QStringLiteral("max_spend");
        if (c->audience && (tooLarge(c->audience->low) || tooLarge(c->audience->high)))
            return QStringLiteral("audience");
        if (c->maxWeeklyFrequency && tooLarge(*c->maxWeeklyFrequency))
            return QStringLiteral("max_weekly_frequency");
        return tooLarge(*c, paidChannelUncertainFields());
    }
    if (const auto *d = std::get_if<CreatorDeal>(&item))
        return tooLarge(*d, creatorDealUncertainFields());
    const auto &o = std::get<OrganicStream>(item);
    if (tooLarge(o.postsPerWeek))
        return QStringLiteral("posts_per_week");
    return tooLarge(o, organicStreamUncertainFields());
}

QString nameOf(const PlanItem &item)
{
    return std::visit([](const auto &i) { return i.name; }, item);
}

} // namespace

PlanDocument::PlanDocument(std::unique_ptr<PlanFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this))
{
}

PlanDocument::~PlanDocument()
{
    // A running import is cancelled (nothing written) and waited for.
    delete m_importJob;
    // The commands point at this document: drop them before the file goes.
    m_undoStack->clear();
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path)
{
    return std::make_unique<PlanDocument>(PlanFile::open(path));
}

std::unique_ptr<PlanDocument> PlanDocument::createUntitled(const Plan &plan)
{
    return std::make_unique<PlanDocument>(PlanFile::createUntitled(plan));
}

Plan PlanDocument::demoPlan()
{
    QFile file(QStringLiteral(":/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(tr("The demo plan is missing from this build of Funnelcast."));
    return PlanJson::fromBytes(file.readAll(), QStringLiteral("demo-plan.json"));
}

Plan PlanDocument::emptyPlan()
{
    Plan plan;
    plan.name = tr("Untitled plan");
    const QDate today = QDate::currentDate();
    plan.start = today.addDays(8 - today.dayOfWeek()); // next Monday
    plan.weeks = 8;
    Scenario base;
    base.name = tr("Base");
    plan.scenarios.push_back(base);
    return plan;
}

const Plan &PlanDocument::plan() const
{
    return m_file->plan();
}

QString PlanDocument::path() const
{
    return m_file->path();
}

bool PlanDocument::isUntitled() const
{
    return m_file->isUntitled();
}

void PlanDocument::setCurrentScenario(int index)
{
    const int count = int(plan().scenarios.size());
    index = qBound(0, index, qMax(0, count - 1));
    if (index == m_currentScenario)
        return;
    emit aboutToRestructure();
    m_currentScenario = index;
    emit restructured();
    emit currentScenarioChanged(index);
}

int PlanDocument::itemCount(ItemKind kind, int scenario) const
{
    if (scenario < 0 || scenario >= int(plan().scenarios.size()))
        return 0;
    const Scenario &s = plan().scenarios[size_t(scenario)];
    switch (kind) {
    case ItemKind::PaidChannel: return int(s.channels.size());
    case ItemKind::CreatorDeal: return int(s.creators.size());
    case ItemKind::OrganicStream: return int(s.organic.size());
    }
    return 0;
}

PlanItem PlanDocument::item(ItemKind kind, int scenario, int index) const
{
    const Scenario &s = plan().scenarios.at(size_t(scenario));
    switch (kind) {
    case ItemKind::PaidChannel: return s.channels.at(size_t(index));
    case ItemKind::CreatorDeal: return s.creators.at(size_t(index));
    case ItemKind::OrganicStream: return s.organic.at(size_t(index));
    }
    return PlanItem();
}

QString PlanDocument::itemName(ItemKind kind, int scenario, int index) const
{
    return nameOf(item(kind, scenario, index));
}

Plan PlanDocument::withItem(ItemKind kind, int scenario, int index, const PlanItem &item) const
{
    Plan candidate = plan();
    Scenario &s = candidate.scenarios.at(size_t(scenario));
    std::visit(
        [&](const auto &value) {
            using Item = std::decay_t<decltype(value)>;
            auto &list = listOf<Item>(s);
            if (index >= int(list.size()))
                list.push_back(value);
            else
                list[size_t(index)] = value;
        },
        item);
    Q_UNUSED(kind);
    return candidate;
}

QString PlanDocument::check(const Plan &candidateAsGiven) const
{
    QString lengthProblem;
    const Plan candidate = withResizedFlightings(candidateAsGiven, &lengthProblem, nullptr);
    if (!lengthProblem.isEmpty())
        return lengthProblem;
    QSet<QString> scenarioNames;
    for (size_t si = 0; si < candidate.scenarios.size(); ++si) {
        const Scenario &s = candidate.scenarios[si];
        const QString name = s.name.trimmed();
        if (name.isEmpty())
            return tr("A scenario needs a name.");
        if (scenarioNames.contains(name))
            return tr("There is already a scenario called “%1”; choose another name.").arg(name);
        scenarioNames.insert(name);

        // Unique, non-empty names per list, told in words before the validator's path form.
        const auto checkNames = [&](const QStringList &names, const QString &what) -> QString {
            QSet<QString> seen;
            for (const QString &n : names) {
                const QString trimmed = n.trimmed();
                if (trimmed.isEmpty())
                    return tr("Every %1 needs a name.").arg(what);
                if (seen.contains(trimmed))
                    return tr("Scenario “%1” already has a %2 called “%3”; choose another name.")
                        .arg(s.name, what, trimmed);
                seen.insert(trimmed);
            }
            return QString();
        };
        QStringList names;
        for (const PaidChannel &c : s.channels)
            names << c.name;
        QString problem = checkNames(names, tr("paid channel"));
        if (!problem.isEmpty())
            return problem;
        names.clear();
        for (const CreatorDeal &c : s.creators)
            names << c.name;
        problem = checkNames(names, tr("creator deal"));
        if (!problem.isEmpty())
            return problem;
        names.clear();
        for (const OrganicStream &c : s.organic)
            names << c.name;
        problem = checkNames(names, tr("organic stream"));
        if (!problem.isEmpty())
            return problem;

        const auto checkSizes = [&](const PlanItem &item, const QString &itemName) -> QString {
            const QString key = oversizedField(item);
            if (key.isEmpty())
                return QString();
            return tr("“%1”, %2: the number is too large.")
                .arg(itemName, FieldInfo::of(key).label);
        };
        for (const PaidChannel &c : s.channels)
            if (const QString p = checkSizes(c, c.name); !p.isEmpty())
                return p;
        for (const CreatorDeal &c : s.creators)
            if (const QString p = checkSizes(c, c.name); !p.isEmpty())
                return p;
        for (const OrganicStream &c : s.organic)
            if (const QString p = checkSizes(c, c.name); !p.isEmpty())
                return p;
        if (s.budget && tooLarge(*s.budget))
            return tr("Scenario “%1”, budget: the number is too large.").arg(s.name);
    }
    if (candidate.name.trimmed().isEmpty())
        return tr("The plan needs a name.");
    if (candidate.population && tooLarge(*candidate.population))
        return tr("Target population: the number is too large.");
    if (candidate.scenarios.empty())
        return tr("A plan needs at least one scenario.");

    if (const std::optional<ValidationIssue> issue = PlanValidator::validate(candidate))
        return IssueText::describe(candidate, *issue);
    return QString();
}

QString PlanDocument::checkItem(ItemKind kind, int scenario, int index,
                                const PlanItem &item) const
{
    return check(withItem(kind, scenario, index, withCustomWeights(kind, scenario, index, item)));
}

// The table and the detail panel switch a channel to custom without knowing the plan's length:
// the pattern's own weights fill in, so the forecast does not move.
PlanItem PlanDocument::withCustomWeights(ItemKind kind, int scenario, int index,
                                         const PlanItem &item) const
{
    const auto *after = std::get_if<PaidChannel>(&item);
    if (kind != ItemKind::PaidChannel || !after || after->flighting.pattern != FlightingPattern::Custom
        || scenario < 0 || scenario >= int(plan().scenarios.size()) || index < 0
        || index >= itemCount(kind, scenario))
        return item;
    const Flighting &before = plan().scenarios[size_t(scenario)].channels[size_t(index)].flighting;
    if (before.pattern == FlightingPattern::Custom || after->flighting.weights != before.weights)
        return item;
    PaidChannel completed = *after;
    completed.flighting = customFlighting(before, plan().weeks);
    return completed;
}

Flighting PlanDocument::customFlighting(const Flighting &flighting, int weeks)
{
    if (flighting.pattern == FlightingPattern::Custom)
        return resizedFlighting(flighting, weeks);
    Flighting custom;
    custom.pattern = FlightingPattern::Custom;
    custom.weights.reserve(size_t(qMax(0, weeks)));
    // The raw weights of MODEL.md section 3; Flighting::shares() divides them by the same sum.
    for (int t = 0; t < weeks; ++t) {
        switch (flighting.pattern) {
        case FlightingPattern::Front: custom.weights.push_back(weeks - t); break;
        case FlightingPattern::Back: custom.weights.push_back(t + 1); break;
        case FlightingPattern::Pulse: custom.weights.push_back(t % 2 == 0 ? 2.0 : 1.0); break;
        case FlightingPattern::Even:
        case FlightingPattern::Custom: custom.weights.push_back(1.0); break;
        }
    }
    return custom;
}

Flighting PlanDocument::resizedFlighting(const Flighting &flighting, int weeks)
{
    if (flighting.pattern != FlightingPattern::Custom || weeks < 0)
        return flighting;
    Flighting resized = flighting;
    resized.weights.resize(size_t(weeks), 0.0);
    return resized;
}

QString PlanDocument::uniqueItemName(ItemKind kind, int scenario, const QString &stem) const
{
    QSet<QString> taken;
    for (int i = 0; i < itemCount(kind, scenario); ++i)
        taken.insert(itemName(kind, scenario, i));
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString PlanDocument::uniqueScenarioName(const QString &stem) const
{
    QSet<QString> taken;
    for (const Scenario &s : plan().scenarios)
        taken.insert(s.name);
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

bool PlanDocument::refuseEdit(const QString &message)
{
    emit editRefused(message);
    return false;
}

bool PlanDocument::setItem(ItemKind kind, int scenario, int index, const PlanItem &typedItem,
                           const QString &description, int mergeKey)
{
    if (scenario < 0 || scenario >= int(plan().scenarios.size()) || index < 0
        || index >= itemCount(kind, scenario))
        return false;
    const PlanItem newItem = withCustomWeights(kind, scenario, index, typedItem);
    const PlanItem before = item(kind, scenario, index);
    if (before == newItem)
        return true;
    const QString problem = check(withItem(kind, scenario, index, newItem));
    if (!problem.isEmpty())
        return refuseEdit(problem);
    m_undoStack->push(new SetItemCommand(this, kind, scenario, index, before, newItem,
                                         description, mergeKey));
    return item(kind, scenario, index) == newItem;
}

bool PlanDocument::insertItem(ItemKind kind, int scenario, int index, const PlanItem &newItem)
{
    if (scenario < 0 || scenario >= int(plan().scenarios.size()))
        return false;
    index = qBound(0, index, itemCount(kind, scenario));
    Plan candidate = plan();
    std::visit(
        [&](const auto &value) {
            using Item = std::decay_t<decltype(value)>;
            auto &list = listOf<Item>(candidate.scenarios[size_t(scenario)]);
            list.insert(list.begin() + index, value);
        },
        newItem);
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    const int count = itemCount(kind, scenario);
    m_undoStack->push(new InsertItemCommand(this, kind, scenario, index, newItem,
                                            tr("Add “%1”").arg(nameOf(newItem))));
    return itemCount(kind, scenario) == count + 1;
}

bool PlanDocument::removeItem(ItemKind kind, int scenario, int index)
{
    if (scenario < 0 || scenario >= int(plan().scenarios.size()) || index < 0
        || index >= itemCount(kind, scenario))
        return false;
    const PlanItem old = item(kind, scenario, index);
    const int count = itemCount(kind, scenario);
    m_undoStack->push(new RemoveItemCommand(this, kind, scenario, index, old,
                                            tr("Delete “%1”").arg(nameOf(old))));
    return itemCount(kind, scenario) == count - 1;
}

bool PlanDocument::setPlanHeader(const Plan &header, const QString &description, int mergeKey)
{
    Plan candidate = header;
    candidate.scenarios = plan().scenarios;
    if (candidate == plan())
        return true;
    if (candidate.weeks != plan().weeks)
        return setPlanLength(candidate, description, mergeKey);
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    m_undoStack->push(new SetPlanHeaderCommand(this, plan(), candidate, description, mergeKey));
    return plan() == candidate;
}

// A candidate of another length whose custom flightings still have one weight per week of the
// plan: the weights follow the new length (resizedFlighting). A channel whose remaining weeks
// would all weigh 0 sets *problem.
Plan PlanDocument::withResizedFlightings(const Plan &candidateIn, QString *problem,
                                         std::vector<FlightingChange> *changes) const
{
    Plan candidate = candidateIn;
    if (candidate.weeks == plan().weeks)
        return candidate;
    for (size_t si = 0; si < candidate.scenarios.size(); ++si) {
        Scenario &s = candidate.scenarios[si];
        for (size_t ci = 0; ci < s.channels.size(); ++ci) {
            PaidChannel &channel = s.channels[ci];
            if (channel.flighting.pattern != FlightingPattern::Custom
                || int(channel.flighting.weights.size()) != plan().weeks)
                continue;
            const Flighting resized = resizedFlighting(channel.flighting, candidate.weeks);
            bool anyWeight = false;
            for (double w : resized.weights)
                anyWeight = anyWeight || w > 0.0;
            if (!anyWeight && problem && problem->isEmpty())
                *problem = tr("Scenario “%1”, “%2”: its custom flighting spends nothing in the "
                              "first %n week(s); give one of them a weight before shortening "
                              "the plan.",
                              nullptr, candidate.weeks)
                               .arg(s.name, channel.name);
            if (changes)
                changes->push_back({ int(si), int(ci), channel.flighting, resized });
            channel.flighting = resized;
        }
    }
    return candidate;
}

// A new length with custom flightings: their weights follow it in the same undo step.
bool PlanDocument::setPlanLength(const Plan &candidateIn, const QString &description,
                                 int mergeKey)
{
    QString problem;
    std::vector<FlightingChange> changes;
    const Plan candidate = withResizedFlightings(candidateIn, &problem, &changes);
    if (problem.isEmpty())
        problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    if (changes.empty())
        m_undoStack->push(new SetPlanHeaderCommand(this, plan(), candidate, description, mergeKey));
    else
        m_undoStack->push(new SetFlightingCommand(this, std::move(changes), plan(), candidate,
                                                  description, mergeKey));
    return plan() == candidate;
}

bool PlanDocument::setFlightings(int scenario, const QList<QPair<int, Flighting>> &flightings,
                                 const QString &description)
{
    if (scenario < 0 || scenario >= int(plan().scenarios.size()))
        return false;
    Plan candidate = plan();
    std::vector<FlightingChange> changes;
    for (const auto &[index, flighting] : flightings) {
        if (index < 0 || index >= itemCount(ItemKind::PaidChannel, scenario))
            return false;
        PaidChannel &channel = candidate.scenarios[size_t(scenario)].channels[size_t(index)];
        if (channel.flighting == flighting)
            continue;
        changes.push_back({ scenario, index, channel.flighting, flighting });
        channel.flighting = flighting;
    }
    if (changes.empty())
        return true;
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    m_undoStack->push(new SetFlightingCommand(this, std::move(changes), description));
    return plan() == candidate;
}

bool PlanDocument::insertScenario(int index, const Scenario &scenario, const QString &description)
{
    index = qBound(0, index, int(plan().scenarios.size()));
    Plan candidate = plan();
    candidate.scenarios.insert(candidate.scenarios.begin() + index, scenario);
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    const size_t count = plan().scenarios.size();
    m_undoStack->push(new InsertScenarioCommand(this, index, scenario, description));
    return plan().scenarios.size() == count + 1;
}

bool PlanDocument::removeScenario(int index)
{
    if (index < 0 || index >= int(plan().scenarios.size()))
        return false;
    if (plan().scenarios.size() == 1)
        return refuseEdit(tr("A plan needs at least one scenario; add another before deleting this one."));
    const Scenario old = plan().scenarios[size_t(index)];
    m_undoStack->push(new RemoveScenarioCommand(this, index, old,
                                                tr("Delete scenario “%1”").arg(old.name)));
    return true;
}

bool PlanDocument::renameScenario(int index, const QString &name)
{
    if (index < 0 || index >= int(plan().scenarios.size()))
        return false;
    const QString before = plan().scenarios[size_t(index)].name;
    if (before == name)
        return true;
    Plan candidate = plan();
    candidate.scenarios[size_t(index)].name = name;
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    m_undoStack->push(new SetScenarioNameCommand(
        this, index, before, name, tr("Rename scenario “%1” to “%2”").arg(before, name)));
    return plan().scenarios[size_t(index)].name == name;
}

bool PlanDocument::setScenarioBudget(int index, std::optional<double> budget, int mergeKey)
{
    if (index < 0 || index >= int(plan().scenarios.size()))
        return false;
    const std::optional<double> before = plan().scenarios[size_t(index)].budget;
    if (before == budget)
        return true;
    Plan candidate = plan();
    candidate.scenarios[size_t(index)].budget = budget;
    const QString problem = check(candidate);
    if (!problem.isEmpty())
        return refuseEdit(problem);
    m_undoStack->push(new SetScenarioBudgetCommand(
        this, index, before, budget,
        tr("Change the budget of “%1”").arg(plan().scenarios[size_t(index)].name), mergeKey));
    return plan().scenarios[size_t(index)].budget == budget;
}

void PlanDocument::saveAs(const QString &path)
{
    if (actualsImport())
        throw InputError(tr("Wait for the actuals import to finish (or cancel it) before saving "
                            "a copy of the plan."));
    m_file->saveAs(path);
    emit pathChanged();
}

bool PlanDocument::write(const std::function<void()> &operation)
{
    try {
        operation();
        return true;
    } catch (const InputError &e) {
        emit writeFailed(e.message());
    } catch (const std::bad_alloc &) {
        emit writeFailed(tr("Not enough memory to save the change."));
    }
    return false;
}

bool PlanDocument::writeItem(ItemKind kind, int scenario, int index, const PlanItem &item,
                             QString *actualsMovedTo)
{
    return writeItemImpl(kind, scenario, index, item, ActualsMove::Decide, QString(), QString(),
                         actualsMovedTo);
}

bool PlanDocument::writeItemMovingActuals(ItemKind kind, int scenario, int index,
                                          const PlanItem &item, const QString &from,
                                          const QString &to)
{
    return writeItemImpl(kind, scenario, index, item, ActualsMove::Given, from, to, nullptr);
}

bool PlanDocument::writeItemImpl(ItemKind kind, int scenario, int index, const PlanItem &item,
                                 ActualsMove mode, const QString &from, const QString &to,
                                 QString *actualsMovedTo)
{
    QString movedTo;
    const bool ok = write([&] {
        switch (kind) {
        case ItemKind::PaidChannel:
            movedTo = writePaidChannel(scenario, index, std::get<PaidChannel>(item), mode, from, to);
            break;
        case ItemKind::CreatorDeal:
            m_file->setCreatorDeal(scenario, index, std::get<CreatorDeal>(item));
            break;
        case ItemKind::OrganicStream:
            m_file->setOrganicStream(scenario, index, std::get<OrganicStream>(item));
            break;
        }
    });
    if (actualsMovedTo)
        *actualsMovedTo = movedTo;
    if (ok) {
        emit itemChanged(kind, scenario, index);
        emit planChanged();
        if (!movedTo.isEmpty())
            emit actualsChanged(); // after the views have the new name
    }
    return ok;
}

bool PlanDocument::writeInsertItem(ItemKind kind, int scenario, int index, const PlanItem &item)
{
    emit itemsAboutToChange(kind, scenario);
    const bool ok = write([&] {
        switch (kind) {
        case ItemKind::PaidChannel:
            m_file->insertPaidChannel(scenario, index, std::get<PaidChannel>(item));
            break;
        case ItemKind::CreatorDeal:
            m_file->insertCreatorDeal(scenario, index, std::get<CreatorDeal>(item));
            break;
        case ItemKind::OrganicStream:
            m_file->insertOrganicStream(scenario, index, std::get<OrganicStream>(item));
            break;
        }
    });
    emit itemsChanged(kind, scenario);
    if (ok) {
        emit itemInserted(kind, scenario, index);
        emit planChanged();
    }
    return ok;
}

bool PlanDocument::writeRemoveItem(ItemKind kind, int scenario, int index)
{
    emit itemsAboutToChange(kind, scenario);
    const bool ok = write([&] {
        switch (kind) {
        case ItemKind::PaidChannel: m_file->removePaidChannel(scenario, index); break;
        case ItemKind::CreatorDeal: m_file->removeCreatorDeal(scenario, index); break;
        case ItemKind::OrganicStream: m_file->removeOrganicStream(scenario, index); break;
        }
    });
    emit itemsChanged(kind, scenario);
    if (ok)
        emit planChanged();
    return ok;
}

bool PlanDocument::writePlanHeader(const Plan &header)
{
    const bool ok = write([&] { m_file->setPlanHeader(header); });
    if (ok) {
        emit planHeaderChanged();
        emit planChanged();
    }
    return ok;
}

bool PlanDocument::writePlanValues(const Plan &next)
{
    const Plan before = plan();
    if (!write([&] { m_file->setPlanValues(next); }))
        return false;
    if (before.name != next.name || before.currency != next.currency
        || before.start != next.start || before.weeks != next.weeks
        || before.population != next.population || before.margin != next.margin)
        emit planHeaderChanged();
    for (size_t si = 0; si < next.scenarios.size(); ++si) {
        const Scenario &was = before.scenarios[si];
        const Scenario &now = next.scenarios[si];
        if (was.name != now.name || was.budget != now.budget)
            emit scenarioChanged(int(si));
        for (size_t i = 0; i < now.channels.size(); ++i)
            if (!(was.channels[i] == now.channels[i]))
                emit itemChanged(ItemKind::PaidChannel, int(si), int(i));
        for (size_t i = 0; i < now.creators.size(); ++i)
            if (!(was.creators[i] == now.creators[i]))
                emit itemChanged(ItemKind::CreatorDeal, int(si), int(i));
        for (size_t i = 0; i < now.organic.size(); ++i)
            if (!(was.organic[i] == now.organic[i]))
                emit itemChanged(ItemKind::OrganicStream, int(si), int(i));
    }
    emit planChanged();
    return true;
}

bool PlanDocument::writeInsertScenario(int index, const Scenario &scenario)
{
    emit aboutToRestructure();
    const bool ok = write([&] { m_file->insertScenario(index, scenario); });
    if (ok && index <= m_currentScenario && int(plan().scenarios.size()) > 1)
        ++m_currentScenario; // keep showing the same scenario
    emit restructured();
    if (ok) {
        emit scenarioListChanged();
        emit planChanged();
    }
    return ok;
}

bool PlanDocument::writeRemoveScenario(int index)
{
    emit aboutToRestructure();
    const int before = m_currentScenario;
    const bool ok = write([&] { m_file->removeScenario(index); });
    if (ok) {
        if (index < m_currentScenario)
            --m_currentScenario;
        m_currentScenario = qBound(0, m_currentScenario, qMax(0, int(plan().scenarios.size()) - 1));
    }
    emit restructured();
    if (ok) {
        emit scenarioListChanged();
        if (before != m_currentScenario || index == before)
            emit currentScenarioChanged(m_currentScenario);
        emit planChanged();
    }
    return ok;
}

bool PlanDocument::writeScenarioName(int index, const QString &name)
{
    const bool ok = write([&] { m_file->setScenarioName(index, name); });
    if (ok) {
        emit scenarioChanged(index);
        emit planChanged();
    }
    return ok;
}

bool PlanDocument::writeScenarioBudget(int index, std::optional<double> budget)
{
    const bool ok = write([&] { m_file->setScenarioBudget(index, budget); });
    if (ok) {
        emit scenarioChanged(index);
        emit planChanged();
    }
    return ok;
}

ImportResult PlanDocument::importActuals(const QString &path, const ImportOptions &options)
{
    ImportResult result = ActualsImporter(m_file->database(), plan()).importFile(path, options);
    emit actualsChanged();
    return result;
}

// A renamed channel takes its actuals along in the rename's transaction: by
// ActualsStore::renameTakesActuals for a new edit (Decide), or as recorded for its undo and redo
// (Given). The rename lock keeps a running import's final copy from interleaving, so the rows
// being imported follow the move. Returns the name the actuals moved to (empty: none moved);
// throws InputError as PlanFile does.
QString PlanDocument::writePaidChannel(int scenario, int index, const PaidChannel &channel,
                                       ActualsMove mode, const QString &from, const QString &to)
{
    const Plan &current = plan();
    if (scenario < 0 || scenario >= int(current.scenarios.size()) || index < 0
        || index >= int(current.scenarios[size_t(scenario)].channels.size())) {
        m_file->setPaidChannel(scenario, index, channel); // PlanFile says what is wrong
        return QString();
    }
    QString source = from;
    QString target = to;
    std::unique_lock<std::mutex> guard(*m_renameLock, std::defer_lock);
    if (mode == ActualsMove::Decide) {
        source = current.scenarios[size_t(scenario)].channels[size_t(index)].name;
        target = channel.name;
        if (source != target) {
            guard.lock();
            Plan after = current;
            after.scenarios[size_t(scenario)].channels[size_t(index)] = channel;
            if (!ActualsStore::renameTakesActuals(m_file->database(), after, source, target))
                source.clear();
        } else {
            source.clear();
        }
    } else if (!source.isEmpty() && source != target) {
        guard.lock();
    } else {
        source.clear();
    }
    if (source.isEmpty()) {
        m_file->setPaidChannel(scenario, index, channel);
        return QString();
    }
    m_file->setPaidChannel(scenario, index, channel,
                           [&](Database &db) { ActualsStore::moveChannel(db, source, target); });
    if (m_importJob && m_importJob->isRunning() && m_importJob->channelLocked() == source)
        m_importJob->setChannelLocked(target);
    return target;
}

ActualsImportJob *PlanDocument::startActualsImport(const QString &path,
                                                   const ImportOptions &options)
{
    if (actualsImport())
        return nullptr;
    delete m_importJob; // the previous, finished one
    auto *job = new ActualsImportJob(m_file->path(), plan(), path, options, m_renameLock, this);
    m_importJob = job;
    // An edit made while the job copies its rows into the plan file (a few seconds for a
    // million rows) waits for that one transaction instead of failing after the usual 5 s:
    // edits are serialised by SQLite's write lock, none is lost, and neither side waits for
    // the other while holding the lock, so they cannot deadlock.
    m_file->database().setBusyTimeout(importBusyTimeoutMs);
    connect(job, &ActualsImportJob::finished, this, [this, job] {
        m_file->database().setBusyTimeout(Database::defaultBusyTimeoutMs);
        if (job->state() == ActualsImportJob::State::Succeeded)
            emit actualsChanged();
    });
    return job;
}

ActualsImportJob *PlanDocument::actualsImport() const
{
    return m_importJob && m_importJob->isRunning() ? m_importJob.data() : nullptr;
}

} // namespace funnelcast::ui
