#pragma once

#include "actuals/actualsimporter.h"
#include "actuals/importpreview.h"

#include <QDialog>
#include <QFutureWatcher> // not a template forward declaration: lupdate then loses the namespace
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace funnelcast::ui {

class PlanDocument;

// File > Import Actuals… and a CSV dropped on the window (issue 6, item 7): reads the export
// on a worker without writing anything and shows what the import would do (format, encoding,
// currency, date range, row count, the first rows), lets the user choose the plan channel the
// rows belong to and the format when the header fits more than one, and explains a file that
// cannot be imported in one sentence with its line, with Import disabled. Only Import writes;
// importing the same file twice adds nothing (the core keys rows by day and campaign).
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

    // Writes the rows (the Import button). False with the reason shown when it fails.
    bool importNow();
    const std::optional<ImportResult> &result() const { return m_result; }

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

signals:
    void previewReady();

private:
    void startPreview();
    void showPreview(const ImportPreview &preview);
    void preselectChannel();
    void updateImportButton();
    void showError(const QString &message);

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
};

} // namespace funnelcast::ui
