#include "views/itemdelegate.h"

#include "models/itemcolumn.h"
#include "models/itemtablemodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace funnelcast::ui {

QStringList ItemDelegate::knownPlatforms()
{
    return {QStringLiteral("instagram"), QStringLiteral("facebook"), QStringLiteral("tiktok"),
            QStringLiteral("tiktok_shop"), QStringLiteral("youtube"), QStringLiteral("google"),
            QStringLiteral("naver"), QStringLiteral("kakao"), QStringLiteral("x"),
            QStringLiteral("threads"), QStringLiteral("pinterest"), QStringLiteral("snapchat"),
            QStringLiteral("linkedin"), QStringLiteral("other")};
}

QWidget *ItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ItemTableModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const ItemColumn &column = model->column(index.column());
    switch (column.editor) {
    case ItemColumn::Editor::Platform: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(knownPlatforms());
        return combo;
    }
    case ItemColumn::Editor::Pattern: {
        auto *combo = new QComboBox(parent);
        // The same labels the model reads back, Custom included (its weights start from the
        // current pattern's shares, so choosing it changes nothing until a week is edited).
        for (FlightingPattern pattern :
             {FlightingPattern::Even, FlightingPattern::Front, FlightingPattern::Back,
              FlightingPattern::Pulse, FlightingPattern::Custom})
            combo->addItem(ItemColumn::patternLabel(pattern));
        return combo;
    }
    default:
        break;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (column.uncertain)
        edit->setPlaceholderText(tr("base, or low / base / high"));
    return edit;
}

void ItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = index.data(Qt::EditRole).toString();
        const int found = combo->findText(text, Qt::MatchFixedString);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else if (combo->isEditable())
            combo->setEditText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace funnelcast::ui
