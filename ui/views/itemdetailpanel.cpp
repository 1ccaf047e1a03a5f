#include "views/itemdetailpanel.h"

#include "document/fieldinfo.h"
#include "document/plandocument.h"
#include "models/refusalcapture.h"
#include "views/fieldmarker.h"
#include "views/itemdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace funnelcast::ui {

namespace {

QLineEdit *makeEdit(const FieldInfo &info, const QString &part, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setToolTip(info.toolTip);
    edit->setAccessibleName(part.isEmpty() ? info.label : QStringLiteral("%1, %2").arg(info.label, part));
    edit->setMinimumWidth(70);
    if (info.unit == FieldUnit::Percent)
        edit->setPlaceholderText(QStringLiteral("%"));
    return edit;
}

// Keystrokes in one box of one field merge into one undo step.
int mergeKeyFor(size_t fieldIndex, int part)
{
    return 1000 + int(fieldIndex) * 4 + part;
}

} // namespace

ItemDetailPanel::ItemDetailPanel(ItemKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_box(new QGroupBox(this)), m_problem(new QLabel(this)),
      m_note(new QLabel(this))
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    auto *lowTitle = new QLabel(tr("Low (P10)"), this);
    auto *baseTitle = new QLabel(tr("Base"), this);
    auto *highTitle = new QLabel(tr("High (P90)"), this);
    lowTitle->setToolTip(tr("A pessimistic value: 1 in 10 chance of being lower. Leave low and "
                            "high empty for a fixed value."));
    highTitle->setToolTip(tr("An optimistic value: 1 in 10 chance of being higher."));
    for (QLabel *t : {lowTitle, baseTitle, highTitle})
        t->setForegroundRole(QPalette::PlaceholderText);

    // Two blocks side by side keep the panel short: plain fields left, ranges right.
    int leftRow = 0, rightRow = 1;
    grid->addWidget(lowTitle, 0, 3);
    grid->addWidget(baseTitle, 0, 4);
    grid->addWidget(highTitle, 0, 5);
    const std::vector<ItemColumn> columns = ItemColumn::columns(kind);
    m_fields.reserve(columns.size());
    for (const ItemColumn &column : columns) {
        const FieldInfo info = FieldInfo::of(column.key);
        Field field;
        field.column = column;
        QString labelText = info.label;
        if (info.unit == FieldUnit::Percent)
            labelText = tr("%1 (%)").arg(info.label);
        auto *label = new QLabel(labelText + QLatin1Char(':'), this);
        m_labels.push_back({label, info.label, info.unit});
        label->setToolTip(info.toolTip);
        if (column.uncertain) {
            field.low = makeEdit(info, tr("low"), this);
            field.base = makeEdit(info, tr("base"), this);
            field.high = makeEdit(info, tr("high"), this);
            label->setBuddy(field.base);
            grid->addWidget(label, rightRow, 2, Qt::AlignRight);
            grid->addWidget(field.low, rightRow, 3);
            grid->addWidget(field.base, rightRow, 4);
            grid->addWidget(field.high, rightRow, 5);
            ++rightRow;
        } else {
            QWidget *editor = nullptr;
            if (column.editor == ItemColumn::Editor::Check) {
                field.check = new QCheckBox(info.label, this);
                field.check->setToolTip(info.toolTip);
                editor = field.check;
                m_labels.pop_back();
                delete label;
                label = nullptr;
            } else if (column.editor == ItemColumn::Editor::Platform
                       || column.editor == ItemColumn::Editor::Pattern) {
                field.combo = new QComboBox(this);
                field.combo->setEditable(column.editor == ItemColumn::Editor::Platform);
                if (column.editor == ItemColumn::Editor::Platform)
                    field.combo->addItems(ItemDelegate::knownPlatforms());
                else
                    field.combo->addItems({tr("Even"), tr("Front-loaded"), tr("Back-loaded"),
                                           tr("Pulsed"), tr("Custom")});
                field.combo->setToolTip(info.toolTip);
                field.combo->setAccessibleName(info.label);
                editor = field.combo;
                if (column.editor == ItemColumn::Editor::Pattern) {
                    // The weekly grid is one click away from the pattern it refines.
                    m_flightingButton = new QToolButton(this);
                    m_flightingButton->setText(tr("Weekly Weights…"));
                    m_flightingButton->setToolTip(
                        tr("Show the week-by-week flighting of the paid channels, where "
                           "custom weights are typed or pasted."));
                    m_flightingButton->setAccessibleName(tr("Weekly weights"));
                    connect(m_flightingButton, &QToolButton::clicked, this,
                            [this] { emit flightingRequested(m_row); });
                    auto *box = new QWidget(this);
                    auto *row = new QHBoxLayout(box);
                    row->setContentsMargins(0, 0, 0, 0);
                    row->addWidget(field.combo, 1);
                    row->addWidget(m_flightingButton);
                    editor = box;
                }
            } else {
                field.base = makeEdit(info, QString(), this);
                editor = field.base;
            }
            if (label) {
                label->setBuddy(field.combo ? static_cast<QWidget *>(field.combo) : editor);
                grid->addWidget(label, leftRow, 0, Qt::AlignRight);
            }
            grid->addWidget(editor, leftRow, 1);
            ++leftRow;
        }
        m_fields.push_back(field);
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnMinimumWidth(2, 0);
    for (int c = 3; c <= 5; ++c)
        grid->setColumnStretch(c, 1);

    for (size_t i = 0; i < m_fields.size(); ++i) {
        Field &f = m_fields[i];
        for (QLineEdit *e : {f.low, f.base, f.high})
            if (e)
                connect(e, &QLineEdit::textEdited, this, [this, i, e] { commit(i, e); });
        if (f.combo) {
            connect(f.combo, &QComboBox::activated, this, [this, i, &f] { commit(i, f.combo); });
            if (f.combo->isEditable())
                connect(f.combo->lineEdit(), &QLineEdit::editingFinished, this,
                        [this, i, &f] { commit(i, f.combo); });
        }
        if (f.check)
            connect(f.check, &QCheckBox::toggled, this, [this, i, &f] { commit(i, f.check); });
    }

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette p = m_problem->palette();
    // The red of the field's frame, lighter on a dark palette so it stays readable.
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x7a) : QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(p);
    m_problem->setAccessibleName(tr("Problem with the value typed"));
    m_problem->hide();

    auto *inner = new QVBoxLayout(m_box);
    inner->addLayout(grid);
    inner->addWidget(m_problem);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    inner->addWidget(m_note);
    inner->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setEnabled(false);
}

void ItemDetailPanel::setDocument(PlanDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    m_document = document;
    m_row = -1;
    clearProblem();
    if (m_document) {
        connect(m_document, &PlanDocument::itemChanged, this,
                [this](ItemKind kind, int scenario, int index) {
                    if (kind == m_kind && scenario == m_document->currentScenario() && index == m_row)
                        load();
                });
        connect(m_document, &PlanDocument::planHeaderChanged, this, &ItemDetailPanel::load);
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
                &ItemDetailPanel::onUndoIndexChanged);
    }
    load();
}

void ItemDetailPanel::onUndoIndexChanged()
{
    if (m_committing || !m_problem->isVisible())
        return;
    // An undo, a redo or an edit made elsewhere: the refused text is dropped and every box,
    // the one typed in included, shows the plan again.
    clearProblem();
    if (!m_document || m_row < 0 || m_row >= m_document->itemCount(m_kind, m_document->currentScenario()))
        return;
    const PlanItem item = m_document->item(m_kind, m_document->currentScenario(), m_row);
    m_loading = true;
    for (Field &f : m_fields)
        loadField(f, item, true);
    m_loading = false;
}

void ItemDetailPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ItemDetailPanel::setRow(int row)
{
    if (row != m_row)
        setNote(QString());
    m_row = row;
    clearProblem();
    load();
}

QLineEdit *ItemDetailPanel::edit(const QString &key, int part) const
{
    for (const Field &f : m_fields)
        if (f.column.key == key)
            return part == 0 ? f.low : part == 2 ? f.high : f.base;
    return nullptr;
}

QString ItemDetailPanel::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ItemDetailPanel::load()
{
    const bool valid = m_document && m_row >= 0
        && m_row < m_document->itemCount(m_kind, m_document->currentScenario());
    setEnabled(valid);
    m_loading = true;
    if (!valid) {
        m_box->setTitle(tr("Select a row to see all its fields"));
        for (Field &f : m_fields) {
            for (QLineEdit *e : {f.low, f.base, f.high})
                if (e)
                    e->clear();
        }
        m_loading = false;
        return;
    }
    for (const LabelInfo &l : m_labels)
        if (l.unit == FieldUnit::Money && l.label)
            l.label->setText(tr("%1 (%2):").arg(l.text, m_document->plan().currency));
    const PlanItem item = m_document->item(m_kind, m_document->currentScenario(), m_row);
    m_box->setTitle(std::visit([](const auto &i) { return i.name; }, item));
    for (Field &f : m_fields)
        loadField(f, item, false);
    m_loading = false;
    // The refused box was reloaded with the plan's value: its explanation goes with it.
    if (!anyFieldMarked())
        clearProblem();
}

void ItemDetailPanel::loadField(Field &field, const PlanItem &item, bool force)
{
    const QString currency = m_document->plan().currency;
    const QString text = field.column.text(item, currency, true);
    if (field.check) {
        field.check->setChecked(text == QLatin1String("true"));
        return;
    }
    if (field.combo) {
        const QString shown = field.column.text(item, currency, false);
        const int found = field.combo->findText(shown, Qt::MatchFixedString);
        if (found >= 0)
            field.combo->setCurrentIndex(found);
        else
            field.combo->setEditText(shown);
        return;
    }
    // The box being typed in keeps its text (it may be "0." on the way to "0.5").
    const auto set = [&](QLineEdit *e, const QString &value) {
        if (!e || (!force && e->hasFocus()))
            return;
        e->setText(value);
        e->setModified(false);
        FieldMarker::clear(e);
    };
    if (!field.column.uncertain) {
        set(field.base, text);
        return;
    }
    const QStringList parts = text.split(QStringLiteral(" / "));
    if (parts.size() == 3) {
        set(field.low, parts[0]);
        set(field.base, parts[1]);
        set(field.high, parts[2]);
    } else {
        set(field.low, QString());
        set(field.base, text);
        set(field.high, QString());
    }
}

QString ItemDetailPanel::textOf(const Field &field) const
{
    if (field.check)
        return field.check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (field.combo)
        return field.combo->currentText();
    if (!field.column.uncertain)
        return field.base->text();
    const QString low = field.low->text().trimmed();
    const QString base = field.base->text().trimmed();
    const QString high = field.high->text().trimmed();
    if (low.isEmpty() && high.isEmpty())
        return base;
    if (base.isEmpty() && field.column.key == QLatin1String("audience"))
        return QString();
    // A range with one side left empty is read as that side equal to base.
    return QStringLiteral("%1 / %2 / %3")
        .arg(low.isEmpty() ? base : low, base, high.isEmpty() ? base : high);
}

void ItemDetailPanel::commit(size_t fieldIndex, QWidget *source)
{
    if (m_loading || !m_document || m_row < 0)
        return;
    emit userEdited();
    Field &field = m_fields[fieldIndex];
    const int scenario = m_document->currentScenario();
    const PlanItem before = m_document->item(m_kind, scenario, m_row);
    PlanItem after = before;
    QString error;
    if (!field.column.apply(after, textOf(field), &error)) {
        showProblem(source, FieldInfo::of(field.column.key).label + QStringLiteral(": ") + error);
        return;
    }
    if (after == before) {
        FieldMarker::clear(source);
        clearProblem();
        return;
    }
    const QString problem = m_document->checkItem(m_kind, scenario, m_row, after);
    if (!problem.isEmpty()) {
        showProblem(source, problem);
        return;
    }
    int part = 1;
    if (source == field.low)
        part = 0;
    else if (source == field.high)
        part = 2;
    FieldMarker::clear(source);
    clearProblem();
    const QString label = FieldInfo::of(field.column.key).label;
    const QString name = std::visit([](const auto &i) { return i.name; }, before);
    const RefusalCapture capture(m_document);
    m_committing = true;
    const bool written = m_document->setItem(m_kind, scenario, m_row, after,
                                             tr("Change %1 of “%2”").arg(label, name),
                                             mergeKeyFor(fieldIndex, part));
    m_committing = false;
    if (!written && !capture.message().isEmpty())
        showProblem(source, capture.message());
}

void ItemDetailPanel::showProblem(QWidget *source, const QString &problem)
{
    for (Field &f : m_fields)
        for (QWidget *w : {static_cast<QWidget *>(f.low), static_cast<QWidget *>(f.base),
                           static_cast<QWidget *>(f.high), static_cast<QWidget *>(f.combo)})
            if (w && w != source)
                FieldMarker::clear(w);
    FieldMarker::mark(source, problem);
    m_problem->setText(problem);
    m_problem->show();
}

bool ItemDetailPanel::anyFieldMarked() const
{
    for (const Field &f : m_fields)
        for (const QWidget *w : {static_cast<QWidget *>(f.low), static_cast<QWidget *>(f.base),
                                 static_cast<QWidget *>(f.high), static_cast<QWidget *>(f.combo)})
            if (w && FieldMarker::isMarked(w))
                return true;
    return false;
}

void ItemDetailPanel::clearProblem()
{
    for (Field &f : m_fields)
        for (QWidget *w : {static_cast<QWidget *>(f.low), static_cast<QWidget *>(f.base),
                           static_cast<QWidget *>(f.high), static_cast<QWidget *>(f.combo)})
            if (w)
                FieldMarker::clear(w);
    m_problem->clear();
    m_problem->hide();
}

} // namespace funnelcast::ui
