#include "views/actualsimportdialog.h"

#include "actuals/exportformat.h"
#include "document/actualsimportjob.h"
#include "document/plandocument.h"
#include "model/inputerror.h"
#include "models/valueformat.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace funnelcast::ui {

namespace {

const char *const formatKeys[] = {"meta", "google", "tiktok", "naver", "kakao", "generic"};

QString optionalCount(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', *value == std::floor(*value) ? 0 : 2)
                 : QStringLiteral("–");
}

} // namespace

ActualsImportDialog::ActualsImportDialog(PlanDocument *document, const QString &path,
                                         QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path),
      m_watcher(new QFutureWatcher<ImportPreview>(this)), m_file(new QLabel(this)),
      m_format(new QComboBox(this)), m_detected(new QLabel(this)), m_encoding(new QLabel(this)),
      m_currency(new QLabel(this)), m_dates(new QLabel(this)), m_rows(new QLabel(this)),
      m_channel(new QComboBox(this)), m_error(new QLabel(this)), m_table(new QTableWidget(this)),
      m_import(nullptr), m_skip(new QCheckBox(this)), m_skipNote(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("actualsImportDialog"));
    setWindowTitle(tr("Import Actuals"));
    resize(860, 560);

    QFont bold = m_file->font();
    bold.setBold(true);
    m_file->setFont(bold);
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    for (const char *key : formatKeys)
        m_format->addItem(formatName(QString::fromLatin1(key)), QString::fromLatin1(key));
    m_format->setToolTip(tr("The ad platform the file was exported from. Detected from the "
                            "column names; choose another if the file fits several."));
    m_detected->setWordWrap(true);

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Plan channel"));
    m_channel->setPlaceholderText(tr("Choose a channel…"));
    m_channel->setToolTip(tr("The paid channel of the plan whose spend and orders these rows "
                             "report."));
    if (m_document) {
        const Plan &plan = m_document->plan();
        const int scenario = m_document->currentScenario();
        if (scenario >= 0 && scenario < int(plan.scenarios.size()))
            for (const PaidChannel &c : plan.scenarios[size_t(scenario)].channels)
                m_channel->addItem(c.name, c.name);
    }
    m_channel->setCurrentIndex(-1);

    for (QLabel *label : {m_encoding, m_currency, m_dates, m_rows})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Currency:"), m_currency);
    form->addRow(tr("Dates:"), m_dates);
    form->addRow(tr("Rows:"), m_rows);
    form->addRow(tr("&Channel:"), m_channel);

    // Shown when rows with errors are the file's only problem (the CLI's --skip-bad-rows).
    m_skip->setObjectName(QStringLiteral("skipBadRows"));
    m_skip->setToolTip(tr("Import the rows that can be read and leave out the ones with errors "
                          "(an impossible date, text in a number column, a negative amount)."));
    m_skip->hide();
    m_skipNote->setObjectName(QStringLiteral("skipNote"));
    m_skipNote->setWordWrap(true);
    m_skipNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipNote->hide();
    connect(m_skip, &QCheckBox::toggled, this, [this] {
        showProblem();
        updateImportButton();
    });
    form->addRow(QString(), m_skip);
    form->addRow(QString(), m_skipNote);

    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Import problem"));
    m_error->hide();

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Date"), tr("Days"), tr("Campaign / ad"),
                                        tr("Spend"), tr("Impressions"), tr("Clicks"),
                                        tr("Orders"), tr("Revenue")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ActualsImportDialog::importNow);

    auto *firstRows = new QLabel(tr("First rows as they will be imported:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(firstRows);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::activated, this, [this] { startPreview(); });
    connect(m_channel, &QComboBox::activated, this, [this] {
        m_channelChosenByUser = true;
        updateImportButton();
    });
    connect(m_watcher, &QFutureWatcher<ImportPreview>::finished, this, [this] {
        const quint64 generation = m_watcher->property("generation").toULongLong();
        if (generation != m_generation || m_watcher->isCanceled())
            return; // a newer preview is on its way
        showPreview(m_watcher->result());
    });

    startPreview();
}

ActualsImportDialog::~ActualsImportDialog()
{
    if (m_job)
        m_job->cancel(); // the document winds it down
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

QString ActualsImportDialog::formatName(const QString &key)
{
    if (key == QLatin1String("meta"))
        return tr("Meta");
    if (key == QLatin1String("google"))
        return tr("Google Ads");
    if (key == QLatin1String("tiktok"))
        return tr("TikTok");
    if (key == QLatin1String("naver"))
        return tr("Naver");
    if (key == QLatin1String("kakao"))
        return tr("Kakao");
    if (key == QLatin1String("generic"))
        return tr("Generic CSV");
    return key;
}

void ActualsImportDialog::setFormat(const QString &key)
{
    const int index = m_format->findData(key);
    if (index < 0)
        return;
    m_format->setCurrentIndex(index);
    startPreview();
}

bool ActualsImportDialog::setChannel(const QString &name)
{
    const int index = m_channel->findData(name);
    if (index < 0)
        return false;
    m_channel->setCurrentIndex(index);
    m_channelChosenByUser = true;
    updateImportButton();
    return true;
}

QString ActualsImportDialog::channel() const
{
    return m_channel->currentIndex() < 0 ? QString() : m_channel->currentData().toString();
}

bool ActualsImportDialog::waitForPreview(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_ready && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_ready;
}

void ActualsImportDialog::startPreview()
{
    if (!m_document)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ready = false;
    ++m_generation;
    m_import->setEnabled(false);
    m_detected->setText(tr("Reading the file…"));
    ImportOptions options;
    options.format = m_format->currentData().toString();
    // The worker gets its own copy of the plan: the document may change meanwhile.
    const Plan plan = m_document->plan();
    const QString path = m_path;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher->setProperty("generation", m_generation);
    m_watcher->setFuture(QtConcurrent::run([plan, path, options, cancel] {
        return ActualsImporter::preview(plan, path, options, 20, cancel.get());
    }));
}

void ActualsImportDialog::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    m_ready = true;
    const QLocale locale;

    if (preview.format.isEmpty()) {
        m_detected->setText(QString());
    } else if (m_format->currentData().toString() == QLatin1String("auto")) {
        QStringList others;
        for (const QString &key : preview.formatsThatFit)
            if (key != preview.format)
                others << formatName(key);
        m_detected->setText(
            others.isEmpty()
                ? tr("Detected: %1").arg(formatName(preview.format))
                : tr("Detected: %1. The columns also fit %2; choose the platform the file came "
                     "from if that is wrong.")
                      .arg(formatName(preview.format), others.join(QStringLiteral(", "))));
    } else {
        m_detected->setText(tr("Read as %1").arg(formatName(preview.format)));
    }
    m_encoding->setText(preview.encoding.isEmpty() ? QStringLiteral("–") : preview.encoding);
    if (!preview.fileCurrency.isEmpty())
        m_currency->setText(tr("%1 (named in the file)").arg(preview.fileCurrency));
    else
        m_currency->setText(tr("%1 (the file names none: taken to be the plan's)")
                                .arg(preview.currency));
    m_dates->setText(preview.firstDay.isValid()
                         ? tr("%1 – %2").arg(ValueFormat::mediumDate(preview.firstDay),
                                            ValueFormat::mediumDate(preview.lastDay))
                         : QStringLiteral("–"));
    if (preview.badRows > 0)
        m_rows->setText(tr("%n row(s), of which %1 cannot be read", nullptr, int(preview.rowsRead))
                            .arg(locale.toString(preview.badRows)));
    else
        m_rows->setText(tr("%n row(s)", nullptr, int(preview.rowsRead)));

    m_table->setRowCount(int(preview.firstRows.size()));
    const QString currency = preview.currency;
    for (int r = 0; r < int(preview.firstRows.size()); ++r) {
        const PreviewRow &p = preview.firstRows[size_t(r)];
        const ActualsRow &row = p.row;
        QString key = QString::fromStdString(row.key);
        key.replace(QChar(0x1f), QStringLiteral(" / "));
        const QString texts[] = {
            locale.toString(p.line),
            ValueFormat::mediumDate(row.day),
            locale.toString(row.days),
            key,
            row.spend ? ValueFormat::money(*row.spend, currency) : QStringLiteral("–"),
            optionalCount(row.impressions),
            optionalCount(row.clicks),
            optionalCount(row.orders),
            row.revenue ? ValueFormat::money(*row.revenue, currency) : QStringLiteral("–"),
        };
        for (int c = 0; c < 9; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            if (c != 1 && c != 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }

    if (!m_channelChosenByUser)
        preselectChannel();
    const bool offerSkip = onlyBadRows() && preview.rowsRead > preview.badRows;
    m_skip->setText(tr("&Skip the %n row(s) with errors", nullptr, int(preview.badRows)));
    m_skip->setVisible(offerSkip);
    if (!offerSkip)
        m_skip->setChecked(false);
    showProblem();
    updateImportButton();
    emit previewReady();
}

void ActualsImportDialog::preselectChannel()
{
    if (!m_document || m_preview.format.isEmpty() || m_channel->count() == 0)
        return;
    const ExportFormat *format = ExportFormat::find(m_preview.format);
    if (!format)
        return;
    // The core's rule (the one paid channel of a matching platform), within the scenario on
    // screen, since that is the one whose channels the combo lists.
    Plan scenarioOnly = m_document->plan();
    const int current = m_document->currentScenario();
    if (current >= 0 && current < int(scenarioOnly.scenarios.size()))
        scenarioOnly.scenarios = {scenarioOnly.scenarios[size_t(current)]};
    QString name;
    try {
        name = ActualsImporter::resolveChannel(scenarioOnly, *format, QString());
    } catch (const UsageError &) {
    }
    // Else a channel named after the platform ("Naver search", "Meta ads").
    if (name.isEmpty() && format->key != QLatin1String("generic")) {
        QStringList matches;
        for (int i = 0; i < m_channel->count(); ++i) {
            const QString channel = m_channel->itemData(i).toString();
            if (channel.contains(formatName(format->key), Qt::CaseInsensitive)
                || channel.contains(format->key, Qt::CaseInsensitive))
                matches << channel;
        }
        if (matches.size() == 1)
            name = matches.first();
    }
    if (name.isEmpty() && m_channel->count() == 1)
        name = m_channel->itemData(0).toString();
    m_channel->setCurrentIndex(m_channel->findData(name));
}

bool ActualsImportDialog::onlyBadRows() const
{
    return m_preview.badRows > 0 && m_preview.error == m_preview.firstBadRow;
}

void ActualsImportDialog::setSkipBadRows(bool skip)
{
    m_skip->setChecked(skip && m_skip->isVisibleTo(this));
}

void ActualsImportDialog::showProblem()
{
    const bool skipping = onlyBadRows() && m_skip->isChecked();
    m_skipNote->setVisible(skipping);
    if (skipping)
        m_skipNote->setText(tr("The first of them: %1").arg(m_preview.firstBadRow));
    if (!m_preview.error.isEmpty() && !skipping)
        showError(m_preview.error);
    else if (m_channel->count() == 0)
        showError(tr("The scenario on screen has no paid channel to attach actuals to; add one "
                     "on the Paid channels tab first."));
    else
        m_error->hide();
}

void ActualsImportDialog::updateImportButton()
{
    const bool skipping = onlyBadRows() && m_skip->isChecked();
    m_import->setEnabled(m_ready && m_document && !m_job
                         && (m_preview.error.isEmpty() || skipping)
                         && m_preview.rowsRead > m_preview.badRows && m_channel->currentIndex() >= 0);
}

void ActualsImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    // A tinted strip readable on light and dark palettes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_error->setStyleSheet(dark ? QStringLiteral("QLabel { background: #5a2a2a; color: #ffdede; "
                                                 "padding: 6px; border-radius: 3px; }")
                                : QStringLiteral("QLabel { background: #fde8e8; color: #7a1010; "
                                                 "padding: 6px; border-radius: 3px; }"));
    m_error->show();
}

bool ActualsImportDialog::importNow()
{
    if (!m_document || !m_ready || !m_import->isEnabled())
        return false;
    ImportOptions options;
    // Read exactly as previewed, into the channel the user chose.
    options.format = m_preview.format;
    options.channel = channel();
    options.skipBadRows = onlyBadRows() && m_skip->isChecked();
    ActualsImportJob *job = m_document->startActualsImport(m_path, options);
    if (!job) {
        showError(tr("Another import is still running; wait for it to finish."));
        return false;
    }
    m_job = job;
    connect(job, &ActualsImportJob::progressChanged, this, [this](double fraction) {
        m_progress->setValue(int(fraction * 1000.0));
        if (m_job && m_job->isWriting())
            m_progress->setFormat(tr("Writing the rows to the plan…"));
    });
    connect(job, &ActualsImportJob::finished, this, &ActualsImportDialog::importFinished);
    // A document closed meanwhile takes its job along.
    connect(job, &QObject::destroyed, this, [this] {
        if (m_progress->isVisible())
            setImporting(false);
    });
    setImporting(true);
    return true;
}

bool ActualsImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

bool ActualsImportDialog::waitForImport(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isImporting() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isImporting();
}

void ActualsImportDialog::setImporting(bool importing)
{
    m_format->setEnabled(!importing);
    m_channel->setEnabled(!importing);
    m_skip->setEnabled(!importing);
    m_progress->setVisible(importing);
    if (importing) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Importing… %p%"));
        m_error->hide();
    } else {
        m_job = nullptr;
    }
    updateImportButton();
}

void ActualsImportDialog::importFinished()
{
    ActualsImportJob *job = m_job;
    if (!job)
        return;
    const ActualsImportJob::State state = job->state();
    if (state == ActualsImportJob::State::Succeeded) {
        m_result = job->result();
        setImporting(false);
        accept();
        return;
    }
    const bool cancelled = state == ActualsImportJob::State::Cancelled;
    const QString message = cancelled
        ? tr("The import was cancelled; nothing was written to the plan.")
        : job->errorMessage();
    setImporting(false);
    showError(message);
    if (cancelled) {
        // Not a problem with the file: a neutral strip instead of the red one.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_error->setStyleSheet(dark ? QStringLiteral("QLabel { background: #2a3a4f; color: #dce8f8; "
                                                     "padding: 6px; border-radius: 3px; }")
                                    : QStringLiteral("QLabel { background: #e8eef8; color: #1b3a5c; "
                                                     "padding: 6px; border-radius: 3px; }"));
    }
}

void ActualsImportDialog::reject()
{
    if (isImporting()) {
        m_job->cancel();
        m_progress->setFormat(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace funnelcast::ui
