#include "models/flightingmodel.h"

#include "document/plandocument.h"
#include "models/itemcolumn.h"
#include "models/refusalcapture.h"
#include "models/valueformat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <set>

namespace funnelcast::ui {

namespace {

// Rows of each column among `selection`, ascending.
std::map<int, std::vector<int>> rowsByColumn(const QModelIndexList &selection)
{
    std::map<int, std::set<int>> sets;
    for (const QModelIndex &index : selection)
        if (index.isValid())
            sets[index.column()].insert(index.row());
    std::map<int, std::vector<int>> result;
    for (const auto &[column, rows] : sets)
        result[column] = std::vector<int>(rows.begin(), rows.end());
    return result;
}

} // namespace

FlightingModel::FlightingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void FlightingModel::setDocument(PlanDocument *document)
{
    if (document == m_document)
        return;
    beginReset();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::itemChanged, this, &FlightingModel::onItemChanged);
        connect(m_document, &PlanDocument::itemsAboutToChange, this,
                [this](ItemKind kind, int scenario) {
                    if (kind == ItemKind::PaidChannel && scenario == m_document->currentScenario())
                        beginReset();
                });
        connect(m_document, &PlanDocument::itemsChanged, this, [this](ItemKind kind, int scenario) {
            if (kind == ItemKind::PaidChannel && scenario == m_document->currentScenario())
                endReset();
        });
        connect(m_document, &PlanDocument::aboutToRestructure, this, &FlightingModel::beginReset);
        connect(m_document, &PlanDocument::restructured, this, &FlightingModel::endReset);
        connect(m_document, &PlanDocument::planHeaderChanged, this, [this] {
            if (m_resetDepth > 0)
                return;
            if (m_document->plan().weeks != m_weeks) {
                // The plan's length changed: the rows follow (custom weights were resized with
                // it in the same undo step, see PlanDocument::resizedFlighting).
                beginReset();
                endReset();
                return;
            }
            // The start date (row labels) or the currency (tooltips) changed.
            if (m_weeks > 0)
                emit headerDataChanged(Qt::Vertical, 0, m_weeks - 1);
            if (m_weeks > 0 && m_channels > 0)
                emit dataChanged(index(0, 0), index(m_weeks - 1, m_channels - 1));
        });
        connect(m_document, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_document = nullptr;
            m_weeks = 0;
            m_channels = 0;
            endResetModel();
        });
    }
    endReset();
}

PlanDocument *FlightingModel::document() const
{
    return m_document;
}

void FlightingModel::beginReset()
{
    if (m_resetDepth++ == 0)
        beginResetModel();
}

void FlightingModel::endReset()
{
    if (m_resetDepth == 0 || --m_resetDepth > 0)
        return;
    m_weeks = m_document ? m_document->plan().weeks : 0;
    m_channels = m_document ? m_document->itemCount(ItemKind::PaidChannel, m_document->currentScenario())
                            : 0;
    endResetModel();
}

void FlightingModel::onItemChanged(ItemKind kind, int scenario, int index)
{
    if (kind != ItemKind::PaidChannel || !m_document || scenario != m_document->currentScenario()
        || m_resetDepth > 0 || index < 0 || index >= m_channels)
        return;
    emit headerDataChanged(Qt::Horizontal, index, index);
    if (m_weeks > 0)
        emit dataChanged(this->index(0, index), this->index(m_weeks - 1, index));
}

int FlightingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int FlightingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_channels;
}

const PaidChannel *FlightingModel::channel(int column) const
{
    if (!m_document || column < 0)
        return nullptr;
    const Plan &plan = m_document->plan();
    const int scenario = m_document->currentScenario();
    if (scenario < 0 || scenario >= int(plan.scenarios.size()))
        return nullptr;
    const auto &channels = plan.scenarios[size_t(scenario)].channels;
    return column < int(channels.size()) ? &channels[size_t(column)] : nullptr;
}

bool FlightingModel::isCustom(int column) const
{
    const PaidChannel *c = channel(column);
    return c && c->flighting.pattern == FlightingPattern::Custom;
}

QString FlightingModel::channelName(int column) const
{
    const PaidChannel *c = channel(column);
    return c ? c->name : QString();
}

std::optional<Flighting> FlightingModel::flighting(int column) const
{
    const PaidChannel *c = channel(column);
    if (!c)
        return std::nullopt;
    return c->flighting;
}

std::vector<double> FlightingModel::shares(int column) const
{
    const PaidChannel *c = channel(column);
    return c ? c->flighting.shares(m_document->plan().weeks) : std::vector<double>();
}

QString FlightingModel::weekLabel(int row) const
{
    if (!m_document)
        return QString();
    return tr("Week %1 (%2)")
        .arg(row + 1)
        .arg(QLocale().toString(m_document->plan().weekStart(row), QLocale::ShortFormat));
}

QString FlightingModel::shareText(double share) const
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString FlightingModel::weightText(double weight, bool forEdit)
{
    QLocale locale;
    if (forEdit) {
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(weight, 'g', 15);
    }
    if (weight == std::floor(weight) && std::fabs(weight) < 1e15)
        return locale.toString(weight, 'f', 0);
    return locale.toString(weight, 'g', 6);
}

QVariant FlightingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PaidChannel *c = channel(index.column());
    const int weeks = m_document ? m_document->plan().weeks : 0;
    if (!c || index.row() >= weeks)
        return QVariant();
    const bool custom = c->flighting.pattern == FlightingPattern::Custom;
    const size_t row = size_t(index.row());
    const double weight = row < c->flighting.weights.size() ? c->flighting.weights[row] : 0.0;
    const std::vector<double> s = c->flighting.shares(weeks);
    const double share = row < s.size() ? s[row] : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return custom ? weightText(weight, false) : shareText(share);
    case Qt::EditRole:
        return custom ? weightText(weight, true) : shareText(share);
    case ShareRole:
        return share;
    case WeightRole:
        return custom ? QVariant(weight) : QVariant();
    case CustomRole:
        return custom;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!custom)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return QVariant();
    case Qt::ToolTipRole: {
        const QString money = ValueFormat::money(c->spend * share, m_document->plan().currency);
        if (custom)
            return tr("%1, “%2”: weight %3, so %4 of the channel's spend (%5).")
                .arg(weekLabel(index.row()), c->name, weightText(weight, false),
                     shareText(share), money);
        return tr("%1, “%2”: %3 of the spend (%4) from the %5 pattern. Make the column custom "
                  "to type your own weights.")
            .arg(weekLabel(index.row()), c->name, shareText(share), money,
                 ItemColumn::patternLabel(c->flighting.pattern).toLower());
    }
    case Qt::AccessibleTextRole:
        if (custom)
            return tr("weight %1, %2 of the spend").arg(weightText(weight, false), shareText(share));
        return tr("%1 of the spend, %2 pattern")
            .arg(shareText(share), ItemColumn::patternLabel(c->flighting.pattern).toLower());
    default:
        break;
    }
    return QVariant();
}

QVariant FlightingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return QVariant();
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_weeks)
            return QVariant();
        const QDate start = m_document->plan().weekStart(section);
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 · %2").arg(section + 1).arg(QLocale().toString(start, QLocale::ShortFormat));
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("Week %1, from %2").arg(section + 1).arg(QLocale().toString(start, QLocale::LongFormat));
        default:
            return QVariant();
        }
    }
    const PaidChannel *c = channel(section);
    if (!c || section >= m_channels)
        return QVariant();
    const QString pattern = ItemColumn::patternLabel(c->flighting.pattern);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2").arg(c->name, pattern);
    case Qt::ToolTipRole:
        if (c->flighting.pattern == FlightingPattern::Custom)
            return tr("“%1” has custom weekly weights: a week's share of the spend is its weight "
                      "divided by the sum of all the weeks' weights.").arg(c->name);
        return tr("“%1” follows the %2 pattern; make it custom to type your own weekly weights.")
            .arg(c->name, pattern.toLower());
    case Qt::AccessibleTextRole:
        return tr("%1, %2 flighting").arg(c->name, pattern.toLower());
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags FlightingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isCustom(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool FlightingModel::refuse(const QString &message)
{
    emit refused(message);
    if (m_document) {
        const RefusalCapture capture(m_document); // explained under the grid, not again above
        m_document->refuseEdit(message);
    }
    return false;
}

bool FlightingModel::setFlightings(const QList<QPair<int, Flighting>> &flightings,
                                   const QString &description)
{
    // The plan's own checks may refuse too: that reason goes under the grid as well.
    const RefusalCapture capture(m_document);
    if (m_document->setFlightings(m_document->currentScenario(), flightings, description))
        return true;
    if (!capture.message().isEmpty())
        emit refused(capture.message());
    return false;
}

std::optional<double> FlightingModel::parseWeight(const QString &text, int row, int column,
                                                  QString *error) const
{
    const auto fail = [&](const QString &what) -> std::optional<double> {
        if (error)
            *error = tr("%1, “%2”: %3").arg(weekLabel(row), channelName(column), what);
        return std::nullopt;
    };
    QString cleaned = text.trimmed();
    // A share copied as "12.5%" reads as the weight 12.5: weights only count relative to
    // each other.
    if (cleaned.endsWith(QLatin1Char('%')))
        cleaned = cleaned.chopped(1).trimmed();
    cleaned.replace(QChar(0x2212), QLatin1Char('-'));
    if (cleaned.isEmpty())
        return 0.0; // an empty spreadsheet cell: nothing spent that week
    const QLocale locale;
    bool ok = false;
    double value = locale.toDouble(cleaned, &ok);
    if (!ok) {
        QString plain = cleaned;
        plain.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
        value = QLocale::c().toDouble(plain, &ok);
        // "2,5" from a spreadsheet in a decimal-comma language.
        if (!ok && plain.count(QLatin1Char(',')) == 1 && !plain.contains(QLatin1Char('.')))
            value = QLocale::c().toDouble(plain.replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    }
    if (!ok || std::isnan(value))
        return fail(tr("“%1” is not a number; type a weight of 0 or more, such as 1 or 2.5.")
                        .arg(text.trimmed()));
    if (value < 0)
        return fail(tr("“%1” is negative; a weight is 0 or more (0 spends nothing that week).")
                        .arg(text.trimmed()));
    if (!std::isfinite(value) || value > ValueFormat::largestValue)
        return fail(tr("“%1” is too large; weights only count relative to each other, so "
                       "type smaller numbers such as 1 to 100.")
                        .arg(text.trimmed()));
    return value + 0.0; // no -0
}

bool FlightingModel::applyEdits(const Edits &edits, const QString &description)
{
    if (!m_document)
        return false;
    const int weeks = m_document->plan().weeks;
    QList<QPair<int, Flighting>> flightings;
    for (const auto &[column, rows] : edits) {
        const PaidChannel *c = channel(column);
        if (!c || rows.empty())
            return false;
        // A pattern column edited becomes custom, starting from its pattern's weights.
        Flighting f = PlanDocument::customFlighting(c->flighting, weeks);
        for (const auto &[row, weight] : rows) {
            if (row < 0 || row >= weeks)
                return false;
            f.weights[size_t(row)] = weight;
        }
        if (std::none_of(f.weights.begin(), f.weights.end(), [](double w) { return w > 0.0; }))
            return refuse(tr("%1, “%2”: at least one week needs a weight above zero, or the "
                             "channel would spend nothing; type a weight above 0 in some week.")
                              .arg(weekLabel(rows.begin()->first), c->name));
        flightings.append({column, f});
    }
    return setFlightings(flightings, description);
}

bool FlightingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!isCustom(index.column()))
        return refuse(tr("“%1” follows a pattern; make its column custom to type weekly weights.")
                          .arg(channelName(index.column())));
    QString error;
    const std::optional<double> weight = parseWeight(value.toString(), index.row(), index.column(), &error);
    if (!weight)
        return refuse(error);
    return applyEdits({{index.column(), {{index.row(), *weight}}}},
                      tr("Change the week %1 weight of “%2”")
                          .arg(index.row() + 1)
                          .arg(channelName(index.column())));
}

bool FlightingModel::makeCustom(int column)
{
    const PaidChannel *c = channel(column);
    if (!c)
        return false;
    if (c->flighting.pattern == FlightingPattern::Custom)
        return true;
    return setFlightings(
        {{column, PlanDocument::customFlighting(c->flighting, m_document->plan().weeks)}},
        tr("Make the flighting of “%1” custom").arg(c->name));
}

bool FlightingModel::setPattern(int column, FlightingPattern pattern)
{
    if (pattern == FlightingPattern::Custom)
        return makeCustom(column);
    const PaidChannel *c = channel(column);
    if (!c)
        return false;
    Flighting f;
    f.pattern = pattern;
    return setFlightings({{column, f}}, tr("Change the flighting of “%1” to %2")
                                            .arg(c->name, ItemColumn::patternLabel(pattern).toLower()));
}

bool FlightingModel::paste(const QString &text, const QModelIndex &topLeft,
                           const QModelIndexList &selection)
{
    if (!m_document)
        return false;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.endsWith(QLatin1Char('\n')))
        normalised.chop(1);
    if (normalised.trimmed().isEmpty())
        return refuse(tr("There is nothing to paste: copy numbers, one week per line, first."));
    std::vector<QStringList> block;
    for (const QString &line : normalised.split(QLatin1Char('\n')))
        block.push_back(line.split(QLatin1Char('\t')));

    Edits edits;
    int count = 0;
    QString error;
    if (block.size() == 1 && block[0].size() == 1 && selection.size() > 1) {
        // One value over several cells fills them all, as in a spreadsheet.
        for (const QModelIndex &cell : selection) {
            if (!cell.isValid() || cell.model() != this)
                continue;
            const std::optional<double> w = parseWeight(block[0][0], cell.row(), cell.column(), &error);
            if (!w)
                return refuse(error);
            edits[cell.column()][cell.row()] = *w;
            ++count;
        }
    } else {
        if (!topLeft.isValid() || topLeft.model() != this)
            return refuse(tr("Select the week and channel where the pasted numbers should start."));
        const int rows = int(block.size());
        int columns = 0;
        for (const QStringList &line : block)
            columns = std::max(columns, int(line.size()));
        if (topLeft.row() + rows > m_weeks)
            return refuse(tr("The pasted numbers cover %n week(s), but the plan has only %1 from "
                             "%2; paste higher up or make the plan longer in Plan setup.",
                             nullptr, rows)
                              .arg(m_weeks - topLeft.row())
                              .arg(weekLabel(topLeft.row()).toLower()));
        if (topLeft.column() + columns > m_channels)
            return refuse(tr("The pasted numbers cover %n channel(s), but there are only %1 from "
                             "“%2” on; paste further left.",
                             nullptr, columns)
                              .arg(m_channels - topLeft.column())
                              .arg(channelName(topLeft.column())));
        for (int r = 0; r < rows; ++r) {
            for (int k = 0; k < int(block[size_t(r)].size()); ++k) {
                const int row = topLeft.row() + r;
                const int column = topLeft.column() + k;
                const std::optional<double> w = parseWeight(block[size_t(r)][k], row, column, &error);
                if (!w)
                    return refuse(error);
                edits[column][row] = *w;
                ++count;
            }
        }
    }
    if (edits.empty())
        return false;
    return applyEdits(edits, tr("Paste %n weekly weight(s)", nullptr, count));
}

QString FlightingModel::copy(const QModelIndexList &selection) const
{
    const auto byColumn = rowsByColumn(selection);
    if (byColumn.empty())
        return QString();
    int top = m_weeks, bottom = -1;
    for (const auto &[column, rows] : byColumn) {
        top = std::min(top, rows.front());
        bottom = std::max(bottom, rows.back());
    }
    const int left = byColumn.begin()->first;
    const int right = byColumn.rbegin()->first;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const auto it = byColumn.find(column);
            if (it == byColumn.end() || !std::binary_search(it->second.begin(), it->second.end(), row)) {
                cells << QString();
                continue;
            }
            const QModelIndex cell = index(row, column);
            if (cell.data(CustomRole).toBool())
                cells << cell.data(Qt::EditRole).toString();
            else // a pattern's share in percent: pasted back, it is a weight of the same shape
                cells << locale.toString(cell.data(ShareRole).toDouble() * 100.0, 'g', 6);
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool FlightingModel::fillDown(const QModelIndexList &selection)
{
    if (!m_document)
        return false;
    const int weeks = m_document->plan().weeks;
    Edits edits;
    for (const auto &[column, rows] : rowsByColumn(selection)) {
        const PaidChannel *c = channel(column);
        if (!c)
            continue;
        const std::vector<double> weights = PlanDocument::customFlighting(c->flighting, weeks).weights;
        // One cell: take the week above it, as a spreadsheet's fill down does.
        const int source = rows.size() == 1 ? rows.front() - 1 : rows.front();
        if (source < 0)
            continue;
        for (int row : rows)
            if (row != source)
                edits[column][row] = weights[size_t(source)];
    }
    if (edits.empty())
        return refuse(tr("Select a week with a weight and the weeks below it to fill down."));
    return applyEdits(edits, tr("Fill down weekly weights"));
}

bool FlightingModel::spreadEvenly(const QModelIndexList &selection)
{
    if (!m_document)
        return false;
    const int weeks = m_document->plan().weeks;
    Edits edits;
    for (const auto &[column, rows] : rowsByColumn(selection)) {
        const PaidChannel *c = channel(column);
        if (!c)
            continue;
        const std::vector<double> weights = PlanDocument::customFlighting(c->flighting, weeks).weights;
        double total = 0.0;
        for (int row : rows)
            total += weights[size_t(row)];
        if (total <= 0.0) {
            // Weeks without spend get an average week's weight each.
            double all = 0.0;
            for (double w : weights)
                all += w;
            total = all / std::max(1, weeks) * double(rows.size());
        }
        for (int row : rows)
            edits[column][row] = total / double(rows.size());
    }
    if (edits.empty())
        return refuse(tr("Select the weeks to spread evenly."));
    return applyEdits(edits, tr("Spread weekly weights evenly"));
}

bool FlightingModel::clearCells(const QModelIndexList &selection)
{
    Edits edits;
    for (const auto &[column, rows] : rowsByColumn(selection))
        for (int row : rows)
            edits[column][row] = 0.0;
    if (edits.empty())
        return false;
    return applyEdits(edits, tr("Clear weekly weights"));
}

} // namespace funnelcast::ui
