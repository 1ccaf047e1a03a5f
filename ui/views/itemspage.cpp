#include "views/itemspage.h"

#include "document/newitemfactory.h"
#include "document/plandocument.h"
#include "models/itemtablemodel.h"
#include "models/refusalcapture.h"
#include "views/itemdelegate.h"
#include "views/flightingeditor.h"
#include "views/itemdetailpanel.h"
#include "views/messagebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

QString kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::PaidChannel: return ItemsPage::tr("paid channel");
    case ItemKind::CreatorDeal: return ItemsPage::tr("creator deal");
    case ItemKind::OrganicStream: return ItemsPage::tr("organic stream");
    }
    return QString();
}

} // namespace

ItemsPage::ItemsPage(ItemKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_model(new ItemTableModel(kind, this)),
      m_view(new QTableView(this)), m_tableMessage(new MessageBar(this)),
      m_add(new QToolButton(this)),
      m_duplicate(new QToolButton(this)), m_delete(new QToolButton(this)),
      m_detail(new ItemDetailPanel(kind, this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(tr("Table of %1s").arg(kindName(kind)));
    m_view->setWordWrap(false);

    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a %1").arg(kindName(kind)));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Copy the selected %1").arg(kindName(kind)));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected %1 (undo brings it back)").arg(kindName(kind)));
    const QStringList platforms = NewItemFactory::platforms(kind);
    if (!platforms.isEmpty()) {
        // The arrow of Add offers a platform: its default assumptions prefill the new item.
        auto *menu = new QMenu(m_add);
        for (const QString &platform : platforms)
            menu->addAction(platform, this, [this, platform] { addItemForPlatform(platform); });
        m_add->setMenu(menu);
        m_add->setPopupMode(QToolButton::MenuButtonPopup);
        m_add->setToolTip(tr("Add a %1; the arrow prefills it from a platform's typical numbers")
                              .arg(kindName(kind)));
    }
    for (QToolButton *b : {m_add, m_duplicate, m_delete}) {
        b->setAccessibleName(b->text());
        b->setAutoRaise(true);
    }

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("itemsSplitter"));
    // The refusal strip sits under the table, where the eyes are after typing in a cell.
    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_tableMessage);
    m_tableMessage->setObjectName(QStringLiteral("tableMessage"));
    splitter->addWidget(tableArea);
    if (kind == ItemKind::PaidChannel) {
        m_flighting = new FlightingEditor(this);
        m_lowerTabs = new QTabWidget(this);
        m_lowerTabs->setObjectName(QStringLiteral("paidLowerTabs"));
        m_lowerTabs->addTab(m_detail, tr("&Details"));
        m_lowerTabs->addTab(m_flighting, tr("&Weekly Flighting"));
        m_lowerTabs->setTabToolTip(1, tr("How each paid channel's spend is spread over the plan's "
                                         "weeks: patterns, or custom weights per week."));
        m_lowerTabs->setDocumentMode(true);
        splitter->addWidget(m_lowerTabs);
        connect(m_detail, &ItemDetailPanel::flightingRequested, this, &ItemsPage::showFlighting);
        connect(this, &ItemsPage::currentRowChanged, m_flighting,
                &FlightingEditor::setCurrentChannel);
        // And the other way: the channel worked on in the grid is the one the table shows.
        connect(m_flighting, &FlightingEditor::currentChannelChanged, this, [this](int column) {
            if (column != currentRow())
                selectRow(column);
        });
    } else {
        splitter->addWidget(m_detail);
    }
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    connect(this, &ItemsPage::currentRowChanged, m_detail, &ItemDetailPanel::setRow);
    // Typing in the detail panel moves on from a refused table cell: one explanation at a time.
    connect(m_detail, &ItemDetailPanel::userEdited, this, &ItemsPage::clearRefusal);

    connect(m_add, &QToolButton::clicked, this, &ItemsPage::addItem);
    connect(m_duplicate, &QToolButton::clicked, this, &ItemsPage::duplicateItem);
    connect(m_delete, &QToolButton::clicked, this, &ItemsPage::deleteItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                clearRefusal(); // the selection moved on to another item
                updateButtons();
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearRefusal();
        updateButtons();
        emit currentRowChanged(currentRow());
    });
    connect(m_model, &ItemTableModel::refused, this,
            [this](const QModelIndex &, const QString &message) { showRefusal(message); });
    // A value accepted (or typed back to what it was) corrects the refused one.
    connect(m_model, &ItemTableModel::accepted, this, &ItemsPage::clearRefusal);
    updateButtons();
}

void ItemsPage::setDocument(PlanDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    clearRefusal();
    m_document = document;
    m_model->setDocument(document);
    m_detail->setDocument(document);
    if (m_flighting)
        m_flighting->setDocument(document);
    if (m_document) {
        connect(m_document, &PlanDocument::itemInserted, this,
                [this](ItemKind kind, int scenario, int index) {
                    if (kind == m_kind && scenario == m_document->currentScenario())
                        selectRow(index);
                });
        // Any edit that goes through, an undo or a redo makes an earlier refusal old news.
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
                &ItemsPage::clearRefusal);
    }
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        selectRow(0);
    updateButtons();
}

int ItemsPage::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ItemsPage::showFlighting(int row)
{
    if (!m_flighting)
        return;
    m_lowerTabs->setCurrentWidget(m_flighting);
    m_flighting->setCurrentChannel(row);
    m_flighting->view()->setFocus(Qt::OtherFocusReason);
}

void ItemsPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ItemsPage::updateButtons()
{
    const bool hasDocument = m_document != nullptr;
    const bool hasRow = currentRow() >= 0;
    m_add->setEnabled(hasDocument);
    m_duplicate->setEnabled(hasDocument && hasRow);
    m_delete->setEnabled(hasDocument && hasRow);
}

void ItemsPage::addItem()
{
    if (!m_document)
        return;
    const int scenario = m_document->currentScenario();
    const PlanItem item = NewItemFactory::create(m_kind, m_document->plan(), scenario);
    const RefusalCapture capture(m_document);
    if (!m_document->insertItem(m_kind, scenario, m_document->itemCount(m_kind, scenario), item))
        showRefusal(capture.message());
}

void ItemsPage::addItemForPlatform(const QString &platform)
{
    if (!m_document)
        return;
    const int scenario = m_document->currentScenario();
    QString source;
    const PlanItem item = NewItemFactory::createForPlatform(m_kind, m_document->plan(), scenario,
                                                            platform, &source);
    const RefusalCapture capture(m_document);
    if (!m_document->insertItem(m_kind, scenario, m_document->itemCount(m_kind, scenario), item))
        showRefusal(capture.message());
    else if (!source.isEmpty())
        m_detail->setNote(tr("Prefilled with typical %1 numbers. Source: %2").arg(platform, source));
}

void ItemsPage::duplicateItem()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const int scenario = m_document->currentScenario();
    PlanItem copy = m_document->item(m_kind, scenario, row);
    std::visit(
        [&](auto &item) {
            item.name = m_document->uniqueItemName(m_kind, scenario, tr("%1 (copy)").arg(item.name));
        },
        copy);
    const RefusalCapture capture(m_document);
    if (!m_document->insertItem(m_kind, scenario, row + 1, copy))
        showRefusal(capture.message());
}

void ItemsPage::deleteItem()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const RefusalCapture capture(m_document);
    if (!m_document->removeItem(m_kind, m_document->currentScenario(), row)) {
        showRefusal(capture.message());
        return;
    }
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void ItemsPage::showRefusal(const QString &message)
{
    if (!message.isEmpty())
        m_tableMessage->showMessage(message);
}

void ItemsPage::clearRefusal()
{
    m_tableMessage->clearMessage();
}

} // namespace funnelcast::ui
