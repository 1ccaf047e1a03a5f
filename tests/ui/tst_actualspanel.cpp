// The Actuals tab (offscreen): the empty state before any import; after importing the Meta
// fixture, the pacing chart's series and the weekly table hold the cumulative planned and
// actual numbers (worked out by hand and in tests/data/ui-actuals/make_fixtures.py, not read
// from the app); calibration proposes the estimates and Apply is one undo step that reaches the
// file and undoes there; the main window has the tab, Ctrl+I, and takes a dropped CSV to the
// import dialog while a dropped plan still opens.
#include "uitestplan.h"

#include "actuals/calibrator.h"
#include "charts/pacingchart.h"
#include "document/plandocument.h"
#include "storage/planfile.h"
#include "views/actualsimportdialog.h"
#include "views/actualspanel.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QCategoryAxis>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FUNNELCAST_TEST_DATA "/ui-actuals/") + QLatin1String(name);
}

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestActualsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateSaysHowToImport();
    void pacingOfOneChannel();
    void pacingOfAllChannels();
    void percentFollowsLocale_data();
    void percentFollowsLocale();
    void pacingTableInGerman();
    void calibrationApplyIsOneUndoStep();
    void mainWindowTabShortcutAndDrops();

private:
    void importMeta();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;
};

void TestActualsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestActualsPanel::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("panel-%1.fcplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    PlanFile::create(m_path, uiTestPlan());
    m_document = PlanDocument::open(m_path);
}

void TestActualsPanel::cleanup()
{
    m_document.reset();
}

void TestActualsPanel::importMeta()
{
    ImportOptions options;
    options.channel = QStringLiteral("Alpha");
    const ImportResult result = m_document->importActuals(fixture("meta_en.csv"), options);
    QCOMPARE(result.rowsImported, qint64(28));
}

void TestActualsPanel::emptyStateSaysHowToImport()
{
    ActualsPanel panel;
    panel.setDocument(m_document.get());
    QVERIFY(!panel.hasActuals());
    QCOMPARE(panel.stack()->currentIndex(), 0);
    QVERIFY(panel.emptyLabel()->text().contains(QStringLiteral("Import Actuals")));
    QVERIFY(panel.emptyLabel()->text().contains(QStringLiteral("Ctrl+I")));
    QSignalSpy requests(&panel, &ActualsPanel::importRequested);
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text().contains(QStringLiteral("Import")) && b->isVisibleTo(&panel))
            b->click();
    QVERIFY(requests.count() >= 1);
}

void TestActualsPanel::pacingOfOneChannel()
{
    ActualsPanel panel;
    panel.setDocument(m_document.get());
    importMeta(); // the panel follows actualsChanged
    QVERIFY(panel.hasActuals());
    QCOMPARE(panel.stack()->currentIndex(), 1);
    panel.setChannel(QStringLiteral("Alpha"));
    QCOMPARE(panel.channel(), QStringLiteral("Alpha"));

    // Alpha: 10,000,000 spread evenly over 8 weeks = 1,250,000 a week; at base CPM 8,000,
    // CTR 0.9%, view 80%, cart 8%, purchase 35% and no carryover that is 156,250 impressions,
    // 1,406.25 clicks and 31.5 orders a week. Actual weekly spend from the fixture:
    // 1,120,000 / 1,400,000 / 840,000 / 1,680,000; orders 15 / 22 / 8 / 29.
    const double plannedSpend[] = {1250000, 2500000, 3750000, 5000000};
    const double actualSpend[] = {1120000, 2520000, 3360000, 5040000};
    const double plannedOrders[] = {31.5, 63, 94.5, 126};
    const double actualOrders[] = {15, 37, 45, 74};
    const PlanVsActualChannel &pacing = panel.pacing();
    QCOMPARE(pacing.weeks.size(), size_t(8));
    PacingChart *chart = panel.chart();
    QCOMPARE(chart->plannedSpend()->count(), 8);
    QCOMPARE(chart->plannedOrders()->count(), 8);
    QCOMPARE(chart->actualSpend()->count(), 4); // ends at the last week with actuals
    QCOMPARE(chart->actualOrders()->count(), 4);
    for (int i = 0; i < 4; ++i) {
        const qreal x = msecs(QDate(2027, 3, 1).addDays(7 * i));
        QCOMPARE(chart->plannedSpend()->at(i).x(), x);
        QVERIFY(near(chart->plannedSpend()->at(i).y(), plannedSpend[i]));
        QVERIFY(near(chart->actualSpend()->at(i).y(), actualSpend[i]));
        QVERIFY2(near(chart->plannedOrders()->at(i).y(), plannedOrders[i]),
                 qPrintable(QString::number(chart->plannedOrders()->at(i).y())));
        QVERIFY(near(chart->actualOrders()->at(i).y(), actualOrders[i]));
    }
    QVERIFY(near(chart->plannedSpend()->at(7).y(), 10000000));
    QVERIFY(near(chart->plannedOrders()->at(7).y(), 252));

    // The table: per week, with cumulative pacing (1,120,000 / 1,250,000 = 90%, and
    // 74 / 126 = 59% in week 4).
    QTableWidget *table = panel.weekTable();
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Mar 1, 2027"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("₩1,250,000"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("₩1,120,000"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("90%"));
    QCOMPARE(table->item(3, 5)->text(), QStringLiteral("29"));
    QCOMPARE(table->item(3, 6)->text(), QStringLiteral("59%"));
    QCOMPARE(table->item(4, 2)->text(), QStringLiteral("–"));
    // The money axis is labelled the way MoneyFormat writes money.
    QVERIFY(chart->moneyAxis()->categoriesLabels().contains(QStringLiteral("₩0")));
    QVERIFY(chart->moneyAxis()->max() >= 10000000);
}

void TestActualsPanel::percentFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00a0));
    // CLDR's percent patterns: "#,##0%" (en, ko, de-CH), "#,##0 %" (de, fr), "%#,##0" (tr).
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << 0.9
                        << QStringLiteral("90%");
    QTest::newRow("ko") << QLocale(QLocale::Korean, QLocale::SouthKorea) << 0.5934
                        << QStringLiteral("59%");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << 12.345
                        << QStringLiteral("1.235") + nbsp + QStringLiteral("%");
    QTest::newRow("de-CH") << QLocale(QLocale::German, QLocale::Switzerland) << 0.9
                           << QStringLiteral("90%");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << 0.9
                        << QStringLiteral("90") + nbsp + QStringLiteral("%");
    QTest::newRow("tr") << QLocale(QLocale::Turkish, QLocale::Turkey) << 0.9
                        << QStringLiteral("%90");
}

void TestActualsPanel::percentFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(double, ratio);
    QFETCH(QString, expected);
    QCOMPARE(ActualsPanel::percentText(ratio, locale), expected);
}

void TestActualsPanel::pacingTableInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ActualsPanel panel;
    panel.setDocument(m_document.get());
    importMeta();
    panel.setChannel(QStringLiteral("Alpha"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // 1,120,000 / 1,250,000 = 90% and 74 / 126 = 59%, written the German way.
    const QString nbsp(QChar(0x00a0));
    QCOMPARE(panel.weekTable()->item(0, 3)->text(), QStringLiteral("90") + nbsp + QStringLiteral("%"));
    QCOMPARE(panel.weekTable()->item(3, 6)->text(), QStringLiteral("59") + nbsp + QStringLiteral("%"));
}

void TestActualsPanel::pacingOfAllChannels()
{
    importMeta();
    ActualsPanel panel;
    panel.setDocument(m_document.get());
    QCOMPARE(panel.channel(), QString()); // all channels
    // Beta: 5,000,000 front-loaded over 8 weeks (weights 8..1 of 36): weeks 1-4 plan
    // 3,611,111.11 and, at CPM 7,000 and the same funnel, 32 + 28 + 24 + 20 = 104 orders.
    PacingChart *chart = panel.chart();
    QCOMPARE(chart->plannedSpend()->count(), 8);
    QVERIFY(near(chart->plannedSpend()->at(3).y(), 5000000 + 5000000.0 * 26 / 36));
    QVERIFY(near(chart->plannedOrders()->at(3).y(), 126 + 104));
    QVERIFY(near(chart->plannedSpend()->at(7).y(), 15000000));
    QVERIFY(near(chart->actualSpend()->at(3).y(), 5040000)); // only Alpha has actuals
    QVERIFY(panel.calibrationTable()->isHidden());
    QVERIFY(panel.calibrationStatus()->text().contains(QStringLiteral("Choose one channel")));
}

void TestActualsPanel::calibrationApplyIsOneUndoStep()
{
    importMeta();
    ActualsPanel panel;
    panel.setDocument(m_document.get());
    panel.setChannel(QStringLiteral("Alpha"));
    QVERIFY(panel.waitForCalibration());
    const Calibration &c = *panel.calibration();
    // From the fixture: CPM 1000 x 5,040,000 / 630,000 = 8,000 in every week, CTR 1% in every
    // week, AOV 45,000 in every week, click-to-order 74 / 6,300; impressions grow in step with
    // spend, so K cannot be estimated.
    QCOMPARE(c.weeks, 4);
    QVERIFY(c.cpm.ok);
    QVERIFY(near(c.cpm.base, 8000));
    QVERIFY(near(c.ctr.base, 0.01));
    QVERIFY(near(c.aov.base, 45000));
    QVERIFY(near(c.clickToOrderRate.base, 74.0 / 6300));
    QVERIFY(!c.capacity.ok);
    QTableWidget *table = panel.calibrationTable();
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->item(7, 2)->text(), QStringLiteral("not estimated"));
    QVERIFY(!table->item(7, 3)->text().isEmpty());
    QVERIFY(panel.applyButton()->isEnabled());

    const Plan original = m_document->plan();
    const int steps = m_document->undoStack()->count();
    QVERIFY(panel.applyCalibration());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const PaidChannel &now = m_document->plan().scenarios[0].channels[0];
    QCOMPARE(now.cpm.base, c.cpm.base);
    QCOMPARE(now.ctr.base, c.ctr.base);
    QCOMPARE(now.aov.base, 45000.0);
    QVERIFY(near(now.viewRate.base * now.cartRate.base * now.purchaseRate.base, 74.0 / 6300));
    // In the file at once.
    Plan reopened = reopenPlan(m_path);
    QCOMPARE(reopened.scenarios[0].channels[0], now);

    // One Ctrl+Z restores every assumption, in memory and in the file.
    m_document->undoStack()->undo();
    QCOMPARE(m_document->plan().scenarios[0].channels[0], original.scenarios[0].channels[0]);
    reopened = reopenPlan(m_path);
    QCOMPARE(reopened.scenarios[0].channels[0], original.scenarios[0].channels[0]);
    QCOMPARE(reopened.scenarios[0].channels[0].cpm, Uncertain(6000, 8000, 11000));
}

void TestActualsPanel::mainWindowTabShortcutAndDrops()
{
    MainWindow window;
    window.setDocument(std::move(m_document));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabWidget *tabs = window.editorTabs();
    QCOMPARE(tabs->indexOf(window.actualsPanel()) >= 0, true);
    QCOMPARE(tabs->tabText(tabs->indexOf(window.actualsPanel())), QStringLiteral("&Actuals"));
    bool shortcut = false;
    for (QAction *a : window.findChildren<QAction *>())
        shortcut = shortcut || (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+I"))
                                && a->text().contains(QStringLiteral("Import Actuals")));
    QVERIFY(shortcut);

    const auto drop = [&window](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
        return true;
    };
    QVERIFY(drop(fixture("meta_en.csv")));
    ActualsImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ActualsImportDialog *>()) != nullptr);
    QVERIFY(dialog->waitForPreview());
    QVERIFY(dialog->importNow());
    // The import runs on a worker; the window reports it when the dialog is accepted.
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("Imported 28 new row")),
        qPrintable(window.statusBar()->currentMessage()), 30000);
    QCOMPARE(tabs->currentWidget(), window.actualsPanel());
    QVERIFY(window.actualsPanel()->hasActuals());

    // A file that is neither a plan nor an export is not taken.
    QVERIFY(!drop(fixture("make_fixtures.py")));
    // A dropped plan still opens.
    const QString other = m_dir.filePath(QStringLiteral("dropped.fcplan"));
    QFile::remove(other);
    PlanFile::create(other, uiTestPlan());
    QVERIFY(drop(other));
    QTRY_COMPARE(window.document()->path(), other);
    QVERIFY(!window.actualsPanel()->hasActuals());
}

QTEST_MAIN(TestActualsPanel)
#include "tst_actualspanel.moc"
