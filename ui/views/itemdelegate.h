#pragma once

#include <QStyledItemDelegate>

namespace funnelcast::ui {

// Editors for item table cells: a list of known platforms (any other name may be typed), the
// flighting patterns, and a plain line edit for numbers and names.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    static QStringList knownPlatforms();
};

} // namespace funnelcast::ui
