#include "views/flightingeditor.h"

#include "document/plandocument.h"
#include "models/flightingmodel.h"
#include "models/itemcolumn.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

constexpr FlightingPattern patternOrder[] = {FlightingPattern::Even, FlightingPattern::Front,
                                             FlightingPattern::Back, FlightingPattern::Pulse,
                                             FlightingPattern::Custom};

// Custom cells: the weight at the right, as typed, and its share of the channel's spend in a
// quieter colour at the left, so both read at a glance.
class ShareDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString shareText(const QModelIndex &index)
    {
        return QLocale().toString(index.data(FlightingModel::ShareRole).toDouble() * 100.0, 'f', 1)
            + QLatin1Char('%');
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(FlightingModel::CustomRole).toBool())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor color = option.palette.color(selected ? QPalette::HighlightedText
                                                     : QPalette::PlaceholderText);
        if (selected)
            color.setAlphaF(0.75f);
        painter->setPen(color);
        painter->setFont(option.font);
        painter->drawText(option.rect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          shareText(index));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(FlightingModel::CustomRole).toBool())
            size.rwidth() += option.fontMetrics.horizontalAdvance(shareText(index)) + 16;
        return size;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setAccessibleName(FlightingEditor::tr("Weekly weight"));
        return edit;
    }
};

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FlightingEditor::FlightingEditor(QWidget *parent)
    : QWidget(parent), m_model(new FlightingModel(this)), m_patternLabel(new QLabel(this)),
      m_pattern(new QComboBox(this)), m_view(new QTableView(this)), m_problem(new QLabel(this)),
      m_note(new QLabel(this))
{
    for (FlightingPattern p : patternOrder)
        m_pattern->addItem(ItemColumn::patternLabel(p), int(p));
    m_pattern->setToolTip(tr("How the selected channel's spend is spread over the weeks: a "
                             "pattern, or custom weights typed per week."));
    m_pattern->setAccessibleName(tr("Flighting pattern of the selected channel"));
    m_patternLabel->setBuddy(m_pattern);

    m_makeCustom = makeButton(this, tr("Make Custom"),
                              tr("Turn the selected channel's pattern into weekly weights you can "
                                 "type; its weekly shares stay as they are."));
    m_fillDown = makeButton(this, tr("Fill Down"),
                            tr("Copy the top selected week's weight to the selected weeks below "
                               "it (Ctrl+D)."));
    m_spread = makeButton(this, tr("Spread Evenly"),
                          tr("Give the selected weeks equal weights with the same total, so they "
                             "keep their share of the spend between them."));
    m_copyButton = makeButton(this, tr("Copy"), tr("Copy the selected weeks (Ctrl+C)."));
    m_pasteButton = makeButton(this, tr("Paste"),
                               tr("Paste numbers copied from a spreadsheet: one week per line, "
                                  "channels separated by tabs (Ctrl+V)."));

    m_copy = new QAction(tr("Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste = new QAction(tr("Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_fillDownAction = new QAction(tr("Fill Down"), this);
    m_fillDownAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    auto *spreadAction = new QAction(tr("Spread Evenly"), this);
    m_clear = new QAction(tr("Set to 0"), this);
    m_clear->setShortcut(QKeySequence::Delete);
    auto *customAction = new QAction(tr("Make Custom"), this);
    for (QAction *a : {m_copy, m_paste, m_fillDownAction, spreadAction, m_clear, customAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, &FlightingEditor::copy);
    connect(m_paste, &QAction::triggered, this, &FlightingEditor::paste);
    connect(m_fillDownAction, &QAction::triggered, this, &FlightingEditor::fillDown);
    connect(spreadAction, &QAction::triggered, this, &FlightingEditor::spreadEvenly);
    connect(m_clear, &QAction::triggered, this, &FlightingEditor::clearSelection);
    connect(customAction, &QAction::triggered, this, &FlightingEditor::makeCustom);
    connect(m_makeCustom, &QToolButton::clicked, this, &FlightingEditor::makeCustom);
    connect(m_fillDown, &QToolButton::clicked, this, &FlightingEditor::fillDown);
    connect(m_spread, &QToolButton::clicked, this, &FlightingEditor::spreadEvenly);
    connect(m_copyButton, &QToolButton::clicked, this, &FlightingEditor::copy);
    connect(m_pasteButton, &QToolButton::clicked, this, &FlightingEditor::paste);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new ShareDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Weekly flighting of the paid channels"));
    m_view->setAccessibleDescription(
        tr("One row per week, one column per paid channel. Custom columns hold weights: a week's "
           "share of the spend is its weight divided by the sum of the column."));
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(110);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->installEventFilter(this);

    auto *hint = new QLabel(tr("Custom columns hold weekly weights (right); the grey figure is "
                               "the week's share of the channel's spend, its weight divided by "
                               "the column's sum. Paste a column of numbers from a spreadsheet "
                               "with Ctrl+V."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(p);
    m_problem->setAccessibleName(tr("Problem with the flighting typed"));
    m_problem->hide();
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setAccessibleName(tr("Note about the flighting"));
    m_note->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_patternLabel);
    bar->addWidget(m_pattern);
    bar->addWidget(m_makeCustom);
    bar->addSpacing(12);
    bar->addWidget(m_fillDown);
    bar->addWidget(m_spread);
    bar->addSpacing(12);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_pasteButton);
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_note);

    connect(m_pattern, &QComboBox::activated, this, [this](int i) {
        if (m_updating)
            return;
        const int column = currentChannel();
        if (column < 0)
            return;
        m_problem->hide();
        m_model->setPattern(column, FlightingPattern(m_pattern->itemData(i).toInt()));
        updateControls();
    });
    connect(m_model, &FlightingModel::refused, this, &FlightingEditor::showProblem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateControls();
        if (currentChannel() != m_lastChannel) {
            m_lastChannel = currentChannel();
            if (m_lastChannel >= 0)
                emit currentChannelChanged(m_lastChannel);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FlightingEditor::updateControls);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &FlightingEditor::updateControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset (new length, channel added, undo) loses the current cell: keep the channel.
        if (m_lastChannel >= 0 && m_model->rowCount() > 0)
            m_view->setCurrentIndex(
                m_model->index(0, qMin(m_lastChannel, m_model->columnCount() - 1)));
        updateControls();
        m_view->resizeColumnsToContents();
    });
    // After Enter commits a weight, the next week is current, as in a spreadsheet; a refused
    // weight keeps the cell current so it can be corrected.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                const bool refused = m_refused;
                m_refused = false;
                const QModelIndex current = m_view->currentIndex();
                if (hint == QAbstractItemDelegate::SubmitModelCache && !refused
                    && current.isValid() && current.row() + 1 < m_model->rowCount())
                    m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
            });
    updateControls();
}

FlightingEditor::~FlightingEditor()
{
    // The view and the model go after this class's part of the object: their last signals
    // (selection cleared, reset) must not reach it.
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_view->itemDelegate(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
}

void FlightingEditor::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    m_problem->hide();
    m_note->hide();
    m_weeks = document ? document->plan().weeks : 0;
    if (m_document) {
        connect(m_document, &PlanDocument::planHeaderChanged, this, [this] {
            const int weeks = m_document->plan().weeks;
            if (weeks == m_weeks)
                return;
            m_weeks = weeks;
            // Weights, not the pattern: while the length changes, custom channels pass through
            // the even pattern with their new weights (see SetFlightingCommand).
            bool anyWeights = false;
            for (int c = 0; c < m_model->columnCount(); ++c)
                anyWeights = anyWeights || !m_model->flighting(c).value_or(Flighting()).weights.empty();
            if (anyWeights)
                showNote(tr("The plan is now %n week(s) long, and the custom weights follow it: "
                            "weeks added at the end start at weight 0 (nothing spent until you "
                            "type a weight), weeks cut off are dropped. Undo brings back the "
                            "length and the weights before.",
                            nullptr, weeks));
        });
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
            m_problem->hide();
        });
    }
    m_view->resizeColumnsToContents();
    updateControls();
}

void FlightingEditor::setCurrentChannel(int column)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (current.isValid() && current.column() == column)
        return;
    if (m_model->rowCount() == 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, column));
    m_view->scrollTo(m_view->currentIndex());
}

int FlightingEditor::currentChannel() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.column() : -1;
}

QString FlightingEditor::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString FlightingEditor::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void FlightingEditor::showProblem(const QString &message)
{
    m_refused = true;
    m_problem->setText(message);
    m_problem->show();
}

void FlightingEditor::showNote(const QString &message)
{
    m_note->setText(message);
    m_note->setVisible(!message.isEmpty());
}

void FlightingEditor::updateControls()
{
    m_updating = true;
    const int column = currentChannel();
    const bool hasChannel = column >= 0;
    const bool custom = hasChannel && m_model->isCustom(column);
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_patternLabel->setText(hasChannel ? tr("Flighting of “%1”:").arg(m_model->channelName(column))
                                       : tr("Flighting:"));
    m_pattern->setEnabled(hasChannel);
    if (hasChannel) {
        if (const std::optional<Flighting> f = m_model->flighting(column))
            m_pattern->setCurrentIndex(m_pattern->findData(int(f->pattern)));
    }
    m_makeCustom->setEnabled(hasChannel && !custom);
    m_fillDown->setEnabled(hasSelection);
    m_spread->setEnabled(hasSelection);
    m_copyButton->setEnabled(hasSelection);
    m_pasteButton->setEnabled(hasChannel);
    if (m_model->columnCount() == 0 && m_document)
        showNote(tr("This scenario has no paid channels yet; add one above to plan its weeks."));
    else if (m_note->text().startsWith(tr("This scenario has no paid channels yet")))
        showNote(QString());
    m_updating = false;
}

void FlightingEditor::hintPattern()
{
    const int column = currentChannel();
    if (column < 0)
        return;
    showProblem(tr("“%1” follows the %2 pattern; click “Make Custom” to type your own weekly "
                   "weights, starting from the pattern's shares.")
                    .arg(m_model->channelName(column),
                         ItemColumn::patternLabel(m_model->flighting(column)->pattern).toLower()));
    m_refused = false;
}

bool FlightingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_view->indexWidget(current)) // being edited
            return QWidget::eventFilter(watched, event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (current.isValid() && plain
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_model->isCustom(current.column()))
                m_view->edit(current);
            else
                hintPattern();
            return true;
        }
        if (current.isValid() && key->key() == Qt::Key_Backspace) {
            clearSelection();
            return true;
        }
        if (current.isValid() && !m_model->isCustom(current.column()) && !key->text().isEmpty()
            && key->text().at(0).isPrint() && (key->modifiers() & ~Qt::ShiftModifier) == 0) {
            hintPattern();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlightingEditor::copy()
{
    const QString text = m_model->copy(m_view->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void FlightingEditor::paste()
{
    m_problem->hide();
    const QModelIndexList selection = m_view->selectionModel()->selectedIndexes();
    QModelIndex topLeft = m_view->currentIndex();
    // The top-left of the selection, as in a spreadsheet (the current cell may be elsewhere).
    if (!selection.isEmpty()) {
        int top = selection.first().row(), left = selection.first().column();
        for (const QModelIndex &i : selection) {
            top = qMin(top, i.row());
            left = qMin(left, i.column());
        }
        topLeft = m_model->index(top, left);
    }
    m_model->paste(QApplication::clipboard()->text(), topLeft, selection);
}

void FlightingEditor::fillDown()
{
    m_problem->hide();
    m_model->fillDown(m_view->selectionModel()->selectedIndexes());
}

void FlightingEditor::spreadEvenly()
{
    m_problem->hide();
    m_model->spreadEvenly(m_view->selectionModel()->selectedIndexes());
}

void FlightingEditor::makeCustom()
{
    m_problem->hide();
    m_model->makeCustom(currentChannel());
    updateControls();
}

void FlightingEditor::clearSelection()
{
    m_problem->hide();
    m_model->clearCells(m_view->selectionModel()->selectedIndexes());
}

} // namespace funnelcast::ui
