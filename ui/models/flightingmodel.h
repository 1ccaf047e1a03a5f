#pragma once

#include "document/planitem.h"
#include "model/flighting.h"

#include <QAbstractTableModel>
#include <QModelIndexList>
#include <QPointer>
#include <QStringList>

#include <map>
#include <optional>

namespace funnelcast::ui {

class PlanDocument;

// The weekly flighting of the current scenario's paid channels: one row per week of the plan
// (labelled with the week's start in the locale's short date), one column per paid channel.
// A custom column shows each week's weight, editable, with its share of the channel's spend
// (ShareRole, tooltip); a pattern column shows its shares read-only until it is made custom,
// which starts the weights from the pattern so no number moves.
//
// Every edit (a typed weight, a pasted block, fill down, spread evenly, clear) is one undo
// step through PlanDocument, which writes the file at once. Input that is not a weight of 0
// or more, or that would leave a channel without any week above 0, changes nothing: the
// sentence naming the week and the channel goes out through `refused` and
// PlanDocument::editRefused.
class FlightingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ShareRole = Qt::UserRole + 1, // double: the week's share of the channel's spend, 0..1
        WeightRole,                   // double: the custom weight (pattern columns: none)
        CustomRole,                   // bool: the column's channel has custom weights
    };

    explicit FlightingModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    PlanDocument *document() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool isCustom(int column) const;
    QString channelName(int column) const;
    QString weekLabel(int row) const; // "week 3 (15/03/2027)", for messages
    // The flighting of a column's channel, or nullopt.
    std::optional<Flighting> flighting(int column) const;

    // Each is one undo step; false when refused (or nothing to do for an invalid column).
    bool makeCustom(int column);
    bool setPattern(int column, FlightingPattern pattern);
    // Text from a spreadsheet (tab between columns, newline between rows, the locale's decimal
    // separator or a point) at `topLeft`. One value pasted over a selection of several cells
    // fills them all. Pattern columns pasted into become custom.
    bool paste(const QString &text, const QModelIndex &topLeft,
               const QModelIndexList &selection = QModelIndexList());
    // The selected cells as tab- and newline-separated text (the bounding block).
    QString copy(const QModelIndexList &selection) const;
    // Each selected column's top selected weight copied to the selected weeks below it.
    bool fillDown(const QModelIndexList &selection);
    // The selected weeks of each column get equal weights with the same total, so their share
    // of the channel stays while spreading evenly between them.
    bool spreadEvenly(const QModelIndexList &selection);
    // The selected weeks get weight 0.
    bool clearCells(const QModelIndexList &selection);

    // The weight typed as `text` for `row`, `column`, or nullopt with *error (naming both).
    std::optional<double> parseWeight(const QString &text, int row, int column,
                                      QString *error) const;

signals:
    void refused(const QString &message);

private:
    using Edits = std::map<int, std::map<int, double>>; // column -> row -> weight
    bool applyEdits(const Edits &edits, const QString &description);
    bool refuse(const QString &message);
    bool setFlightings(const QList<QPair<int, Flighting>> &flightings, const QString &description);
    const PaidChannel *channel(int column) const;
    std::vector<double> shares(int column) const;
    QString shareText(double share) const;
    static QString weightText(double weight, bool forEdit);

    void onItemChanged(ItemKind kind, int scenario, int index);
    void beginReset();
    void endReset();

    QPointer<PlanDocument> m_document;
    int m_weeks = 0;    // as last announced to views
    int m_channels = 0; // likewise
    int m_resetDepth = 0;
};

} // namespace funnelcast::ui
