#pragma once

#include "actuals/calibration.h"
#include "actuals/planvsactual.h"

#include <QFutureWatcher> // not a template forward declaration: lupdate then loses the namespace
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLocale;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace funnelcast::ui {

class PacingChart;
class PlanDocument;

// The Actuals tab (issue 6, item 7): for the channel chosen (or all channels of the scenario
// on screen), a pacing chart of cumulative planned vs actual spend and orders and a week-by-week
// table; below, the calibration of the chosen channel's assumptions from its actuals (MODEL.md
// section 8), run on a worker (the bootstrap takes 1000 resamples), with Apply replacing the
// channel's assumptions as one undo step. Without actuals it says how to import them.
class ActualsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActualsPanel(QWidget *parent = nullptr);
    ~ActualsPanel() override;

    void setDocument(PlanDocument *document);

    // A ratio as a whole percentage the way `locale` writes it: its digits, its percent sign,
    // and the sign's place ("90%" in English and Korean, "90 %" in German, "%90" in Turkish).
    static QString percentText(double ratio, const QLocale &locale);

    // The channel shown: empty = all paid channels of the scenario on screen.
    void setChannel(const QString &name);
    QString channel() const;

    bool hasActuals() const { return m_hasActuals; }
    // The data the chart and table show (the chosen channel, or the sum of all).
    const PlanVsActualChannel &pacing() const { return m_pacing; }

    // Calibration of the chosen channel: starts at once (normally it follows changes after a
    // short pause); waitForCalibration is for tests.
    void calibrateNow();
    bool waitForCalibration(int timeoutMs = 30000);
    const std::optional<Calibration> &calibration() const { return m_calibration; }
    // Replaces the chosen channel's assumptions with the estimates (one undo step). False when
    // there is nothing to apply or the edit is refused.
    bool applyCalibration();

    QComboBox *channelCombo() const { return m_channel; }
    PacingChart *chart() const { return m_chart; }
    QTableWidget *weekTable() const { return m_weeks; }
    QTableWidget *calibrationTable() const { return m_calibrationTable; }
    QLabel *calibrationStatus() const { return m_calibrationStatus; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *emptyLabel() const { return m_empty; }
    QStackedWidget *stack() const { return m_stack; }
    QTabWidget *detailTabs() const { return m_details; }

signals:
    void importRequested();
    void calibrationReady();

private:
    void refresh();
    void fillChannels();
    void fillWeeks();
    void scheduleCalibration();
    void showCalibration();
    const PaidChannel *chosenChannel(int *index = nullptr) const;

    QPointer<PlanDocument> m_document;
    bool m_hasActuals = false;
    PlanVsActualChannel m_pacing;
    std::optional<Calibration> m_calibration;
    QString m_calibratedChannel;
    bool m_calibrating = false;
    quint64 m_generation = 0;
    QTimer m_calibrateTimer;
    QFutureWatcher<Calibration> *m_watcher;

    QComboBox *m_channel;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    PacingChart *m_chart;
    QTableWidget *m_weeks;
    QTabWidget *m_details = nullptr;
    QPushButton *m_topImport = nullptr;
    QLabel *m_calibrationStatus;
    QTableWidget *m_calibrationTable;
    QPushButton *m_apply;
};

} // namespace funnelcast::ui
