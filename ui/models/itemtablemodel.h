#pragma once

#include "document/planitem.h"
#include "models/itemcolumn.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace funnelcast::ui {

class PlanDocument;

// The paid channels, creator deals or organic streams of the document's current scenario, one
// row per item, one column per field. Editing a cell asks the document for a checked edit
// (one undo step); text that cannot be read, or a value the plan refuses, changes nothing and
// the reason goes out through PlanDocument::editRefused and `refused` (for the view that
// explains it beside the table).
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ItemTableModel(ItemKind kind, QObject *parent = nullptr);

    void setDocument(PlanDocument *document);
    PlanDocument *document() const;
    ItemKind kind() const { return m_kind; }
    const ItemColumn &column(int section) const { return m_columns.at(size_t(section)); }
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A cell's text was refused (the sentence says why) or accepted (written, or the same as
    // before, as when the user types a refused value back to what it was).
    void refused(const QModelIndex &index, const QString &message);
    void accepted(const QModelIndex &index);

private:
    bool setCell(const QModelIndex &index, const QString &text);

    void onItemChanged(ItemKind kind, int scenario, int index);
    void beginItemsChange(ItemKind kind, int scenario);
    void endItemsChange(ItemKind kind, int scenario);
    void beginRestructure();
    void endRestructure();
    QString currency() const;

    ItemKind m_kind;
    std::vector<ItemColumn> m_columns;
    QPointer<PlanDocument> m_document;
    int m_resetDepth = 0;
};

} // namespace funnelcast::ui
