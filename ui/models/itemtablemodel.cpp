#include "models/itemtablemodel.h"

#include "document/plandocument.h"
#include "document/fieldinfo.h"
#include "models/refusalcapture.h"

namespace funnelcast::ui {

ItemTableModel::ItemTableModel(ItemKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_columns(ItemColumn::tableColumns(kind))
{
}

void ItemTableModel::setDocument(PlanDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PlanDocument::itemChanged, this, &ItemTableModel::onItemChanged);
        connect(m_document, &PlanDocument::itemsAboutToChange, this,
                &ItemTableModel::beginItemsChange);
        connect(m_document, &PlanDocument::itemsChanged, this, &ItemTableModel::endItemsChange);
        connect(m_document, &PlanDocument::aboutToRestructure, this,
                &ItemTableModel::beginRestructure);
        connect(m_document, &PlanDocument::restructured, this, &ItemTableModel::endRestructure);
        connect(m_document, &PlanDocument::planHeaderChanged, this, [this] {
            // The currency decides the decimals and the headers.
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
        connect(m_document, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_document = nullptr;
            endResetModel();
        });
    }
    endResetModel();
}

PlanDocument *ItemTableModel::document() const
{
    return m_document;
}

int ItemTableModel::columnOf(const QString &key) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == key)
            return int(i);
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_document->itemCount(m_kind, m_document->currentScenario());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ItemTableModel::currency() const
{
    return m_document ? m_document->plan().currency : QString();
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_document)
        return QVariant();
    const ItemColumn &column = m_columns[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const PlanItem item = m_document->item(m_kind, m_document->currentScenario(), index.row());
        return column.text(item, currency(), role == Qt::EditRole);
    }
    case Qt::ToolTipRole: {
        const FieldInfo info = FieldInfo::of(column.key);
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(info.label.toHtmlEscaped(),
                                                            info.toolTip.toHtmlEscaped());
        if (column.uncertain)
            tip += QStringLiteral("<br><i>%1</i>").arg(
                tr("Type one number, or low / base / high for a range (10th, 50th and 90th "
                   "percentile).").toHtmlEscaped());
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (column.editor == ItemColumn::Editor::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return column.text(m_document->item(m_kind, m_document->currentScenario(), index.row()),
                           currency(), false);
    default:
        break;
    }
    return QVariant();
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= columnCount())
        return QVariant();
    const ItemColumn &column = m_columns[size_t(section)];
    const FieldInfo info = FieldInfo::of(column.key);
    switch (role) {
    case Qt::DisplayRole:
        if (info.unit == FieldUnit::Money && !currency().isEmpty())
            return tr("%1 (%2)").arg(info.shortLabel, currency());
        return info.shortLabel;
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br>%2").arg(info.label.toHtmlEscaped(),
                                                     info.toolTip.toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return info.label;
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RefusalCapture capture(m_document);
    const bool ok = setCell(index, value.toString());
    if (ok)
        emit accepted(index);
    else if (!capture.message().isEmpty())
        emit refused(index, capture.message());
    return ok;
}

bool ItemTableModel::setCell(const QModelIndex &index, const QString &text)
{
    const int scenario = m_document->currentScenario();
    const ItemColumn &column = m_columns[size_t(index.column())];
    const PlanItem before = m_document->item(m_kind, scenario, index.row());
    // Text that reads back as what is shown is no edit (avoids percent rounding noise).
    if (text == column.text(before, currency(), true))
        return true;
    PlanItem after = before;
    QString error;
    const QString itemName = m_document->itemName(m_kind, scenario, index.row());
    const QString label = FieldInfo::of(column.key).label;
    if (!column.apply(after, text, &error))
        return m_document->refuseEdit(tr("“%1”, %2: %3").arg(itemName, label, error));
    return m_document->setItem(m_kind, scenario, index.row(), after,
                               tr("Change %1 of “%2”").arg(label, itemName));
}

void ItemTableModel::onItemChanged(ItemKind kind, int scenario, int row)
{
    if (kind != m_kind || !m_document || scenario != m_document->currentScenario()
        || m_resetDepth > 0)
        return;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ItemTableModel::beginItemsChange(ItemKind kind, int scenario)
{
    if (kind != m_kind || scenario != m_document->currentScenario())
        return;
    beginRestructure();
}

void ItemTableModel::endItemsChange(ItemKind kind, int scenario)
{
    if (kind != m_kind || scenario != m_document->currentScenario())
        return;
    endRestructure();
}

void ItemTableModel::beginRestructure()
{
    if (m_resetDepth++ == 0)
        beginResetModel();
}

void ItemTableModel::endRestructure()
{
    if (m_resetDepth > 0 && --m_resetDepth == 0)
        endResetModel();
}

} // namespace funnelcast::ui
