#pragma once

#include "document/planitem.h"

#include <QPointer>
#include <QWidget>

class QTableView;
class QToolButton;

namespace funnelcast::ui {

class ItemDetailPanel;
class ItemTableModel;
class PlanDocument;

// One tab of the editor: the table of one kind of item in the current scenario, with buttons
// to add, duplicate and delete, and the selected item's detail panel under the table.
class ItemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ItemsPage(ItemKind kind, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ItemTableModel *model() const { return m_model; }
    ItemDetailPanel *detailPanel() const { return m_detail; }
    QTableView *view() const { return m_view; }
    int currentRow() const;

    void addItem();
    void addItemForPlatform(const QString &platform);
    void duplicateItem();
    void deleteItem();

signals:
    void currentRowChanged(int row);

private:
    void selectRow(int row);
    void updateButtons();

    ItemKind m_kind;
    QPointer<PlanDocument> m_document;
    ItemTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    ItemDetailPanel *m_detail;
};

} // namespace funnelcast::ui
