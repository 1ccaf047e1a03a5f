#pragma once

#include "document/planitem.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;
class QTableView;
class QToolButton;

namespace funnelcast::ui {

class FlightingEditor;
class ItemDetailPanel;
class ItemTableModel;
class MessageBar;
class PlanDocument;

// One tab of the editor: the table of one kind of item in the current scenario, with buttons
// to add, duplicate and delete, and the selected item's detail panel under the table. For paid
// channels the detail panel shares its place with the weekly flighting grid (two tabs).
// A refused cell edit (or Add, Duplicate, Delete) is explained in a strip right under the
// table until a value is accepted, another row is selected, or an edit is undone or redone.
class ItemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ItemsPage(ItemKind kind, QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ItemTableModel *model() const { return m_model; }
    ItemDetailPanel *detailPanel() const { return m_detail; }
    QTableView *view() const { return m_view; }
    // The strip under the table that says why the last table edit was refused.
    MessageBar *tableMessage() const { return m_tableMessage; }
    int currentRow() const;
    // Paid channels only (null otherwise).
    FlightingEditor *flightingEditor() const { return m_flighting; }
    // Brings the weekly flighting grid forward with the channel in `row` current.
    void showFlighting(int row);

    void addItem();
    void addItemForPlatform(const QString &platform);
    void duplicateItem();
    void deleteItem();

signals:
    void currentRowChanged(int row);

private:
    void selectRow(int row);
    void updateButtons();
    void showRefusal(const QString &message);
    void clearRefusal();

    ItemKind m_kind;
    QPointer<PlanDocument> m_document;
    ItemTableModel *m_model;
    QTableView *m_view;
    MessageBar *m_tableMessage;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    ItemDetailPanel *m_detail;
    FlightingEditor *m_flighting = nullptr;
    QTabWidget *m_lowerTabs = nullptr;
};

} // namespace funnelcast::ui
