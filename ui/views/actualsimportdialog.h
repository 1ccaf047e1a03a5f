#pragma once

#include "actuals/actualsimporter.h"
#include "actuals/importpreview.h"

#include <QDialog>
#include <QFutureWatcher> // not a template forward declaration: lupdate then loses the namespace
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace funnelcast::ui {

class ActualsImportJob;
class PlanDocument;

// File > Import Actuals… and a CSV dropped on the window (issue 6, item 7): reads the export
// on a worker without writing anything and shows what the import would do (format, encoding,
// currency, date range, row count, the first rows), lets the user choose the plan channel the
// rows belong to and the format when the header fits more than one, and explains a file that
// cannot be imported in one sentence with its line, with Import disabled. Rows with errors can
// be skipped, as `funnelcast import --skip-bad-rows` does. Only Import writes, on a worker
// (PlanDocument::startActualsImport) with a progress bar; Cancel then stops it with nothing
// written and keeps the dialog open. Importing the same file twice adds nothing (the core keys
// rows by day and campaign).
class ActualsImportDialog : public QDialog
{
    Q_OBJECT

public:
    ActualsImportDialog(PlanDocument *document, const QString &path, QWidget *parent = nullptr);
    ~ActualsImportDialog() override;

    // Display name of an export format key ("meta" -> "Meta").
    static QString formatName(const QString &key);

    // Chooses the format to read the file as ("auto" or a key) and reads it again.
    void setFormat(const QString &key);
    // Selects the plan channel by name; false when the current scenario has no such channel.
    bool setChannel(const QString &name);
    QString channel() const;

    bool isPreviewReady() const { return m_ready; }
    bool waitForPreview(int timeoutMs = 10000); // for tests
    const ImportPreview &preview() const { return m_preview; }

    // Starts writing the rows on a worker (the Import button); false when Import is not
    // possible. The dialog is accepted when they are in; a failure is shown in the dialog.
    bool importNow();
    bool isImporting() const;
    bool waitForImport(int timeoutMs = 30000); // for tests: true once it has ended
    const std::optional<ImportResult> &result() const { return m_result; }
    // Rows with errors are left out (the command line's --skip-bad-rows); offered only when
    // they are the file's only problem.
    void setSkipBadRows(bool skip);

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *channelCombo() const { return m_channel; }
    QLabel *formatLabel() const { return m_detected; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *currencyLabel() const { return m_currency; }
    QLabel *datesLabel() const { return m_dates; }
    QLabel *rowsLabel() const { return m_rows; }
    QLabel *errorLabel() const { return m_error; }
    QTableWidget *rowsTable() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QCheckBox *skipCheckBox() const { return m_skip; }
    QLabel *skipNote() const { return m_skipNote; }
    QProgressBar *progressBar() const { return m_progress; }

public slots:
    void reject() override; // while importing: cancels the import and stays open

signals:
    void previewReady();

private:
    void startPreview();
    void showPreview(const ImportPreview &preview);
    void preselectChannel();
    void updateImportButton();
    void showError(const QString &message);
    void showProblem(); // the preview's error, or the first bad row unless they are skipped
    bool onlyBadRows() const; // bad rows are the file's only problem
    void importFinished();
    void setImporting(bool importing);

    QPointer<PlanDocument> m_document;
    QString m_path;
    ImportPreview m_preview;
    bool m_ready = false;
    bool m_channelChosenByUser = false;
    std::optional<ImportResult> m_result;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<ImportPreview> *m_watcher;

    QLabel *m_file;
    QComboBox *m_format;
    QLabel *m_detected;
    QLabel *m_encoding;
    QLabel *m_currency;
    QLabel *m_dates;
    QLabel *m_rows;
    QComboBox *m_channel;
    QLabel *m_error;
    QTableWidget *m_table;
    QPushButton *m_import;
    QCheckBox *m_skip;
    QLabel *m_skipNote;
    QProgressBar *m_progress;
    QPointer<ActualsImportJob> m_job;
};

} // namespace funnelcast::ui
