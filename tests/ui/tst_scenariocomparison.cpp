// The scenario comparison's colours (offscreen): in a later scenario's cell only the difference
// from the first scenario is green or red; the base figure keeps the text colour and its
// P10-P90 range is neutral and dimmer, readable on the light and the dark palette. Checked on
// the colour choice and on the painted pixels.
#include "uitestplan.h"

#include "charts/chartstyle.h"
#include "document/plandocument.h"
#include "document/scenariobands.h"
#include "storage/planfile.h"
#include "views/scenariocomparison.h"
#include "views/scenariocomparisondelegate.h"
#include "views/darkpalette.h"

#include <QImage>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}


int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue());
}

} // namespace

class TestScenarioComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rangeColorNeutralAndReadable_data();
    void rangeColorNeutralAndReadable();
    void onlyTheDifferenceIsColoured_data();
    void onlyTheDifferenceIsColoured();

private:
    QTemporaryDir m_dir;
};

void TestScenarioComparison::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestScenarioComparison::rangeColorNeutralAndReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

// Dimmer than the text, but text-readable (WCAG 4.5:1) on both row colours; grey like the text
// (no hue of its own), and unlike the better and worse colours.
void TestScenarioComparison::rangeColorNeutralAndReadable()
{
    QFETCH(QPalette, palette);
    const QColor range = ScenarioComparisonDelegate::rangeColor(palette);
    const QColor text = palette.color(QPalette::Text);
    for (QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase}) {
        const QColor background = palette.color(row);
        QVERIFY2(ChartStyle::contrast(range, background) >= 4.5,
                 qPrintable(QString::number(ChartStyle::contrast(range, background))));
        QVERIFY(ChartStyle::contrast(range, background) < ChartStyle::contrast(text, background));
    }
    QVERIFY(range.hsvSaturation() <= std::max(text.hsvSaturation(),
                                              palette.color(QPalette::Base).hsvSaturation()));
    for (bool better : {true, false})
        QVERIFY(distance(range, ScenarioComparisonDelegate::differenceColor(better, palette))
                > 100);
    // The better and worse colours themselves stay readable on the rows.
    for (bool better : {true, false})
        QVERIFY(ChartStyle::contrast(ScenarioComparisonDelegate::differenceColor(better, palette),
                                     palette.color(QPalette::Base))
                >= 4.5);
}

void TestScenarioComparison::onlyTheDifferenceIsColoured_data()
{
    rangeColorNeutralAndReadable_data();
}

// uiTestPlan's second scenario ("Lean") spends less: fewer orders (worse, red), lower media
// spend (better, green). Its orders cell is base / range / difference; the first scenario's is
// base / range. Each line gets its colour, and the painted cell shows the difference's colour
// only on its last line and the range's colour on its middle line.
void TestScenarioComparison::onlyTheDifferenceIsColoured()
{
    QFETCH(QPalette, palette);
    const QString path = m_dir.filePath(QStringLiteral("%1.fcplan").arg(QLatin1String(QTest::currentDataTag())));
    PlanFile::create(path, uiTestPlan());
    auto document = PlanDocument::open(path);
    ScenarioComparison comparison;
    comparison.setPalette(palette);
    comparison.bands()->setDraws(500);
    comparison.setDocument(document.get());
    comparison.resize(700, 700);
    comparison.show();
    QVERIFY(QTest::qWaitForWindowExposed(&comparison));
    QTableWidget *table = comparison.table();
    QTRY_VERIFY_WITH_TIMEOUT(table->item(2, 1)->text().count(QLatin1Char('\n')) == 2, 20000);
    table->clearSelection();
    table->setCurrentItem(nullptr);

    const QColor text = palette.color(QPalette::Text);
    const QColor range = ScenarioComparisonDelegate::rangeColor(palette);
    const QColor worse = ScenarioComparisonDelegate::differenceColor(false, palette);
    const QColor better = ScenarioComparisonDelegate::differenceColor(true, palette);
    const QModelIndex orders = table->model()->index(2, 1);
    QVERIFY(table->item(2, 1)->text().split(QLatin1Char('\n')).at(2).startsWith(QStringLiteral("−")));
    QCOMPARE(ScenarioComparisonDelegate::lineColors(orders, palette),
             (std::vector<QColor>{text, range, worse}));
    // Media spend has no uncertainty, so no range: base and difference.
    QCOMPARE(ScenarioComparisonDelegate::lineColors(table->model()->index(0, 1), palette),
             (std::vector<QColor>{text, better}));
    QCOMPARE(ScenarioComparisonDelegate::lineColors(table->model()->index(2, 0), palette),
             (std::vector<QColor>{text, range}));
    QVERIFY(!table->item(2, 1)->data(Qt::ForegroundRole).isValid()); // no colour for the whole cell

    // The painted cell: rows of pixels close to the worse colour lie below every row close to
    // the range colour (the range line is not painted red).
    table->scrollTo(orders);
    const QRect cell = table->visualRect(orders);
    const QImage image = table->viewport()->grab(cell).toImage();
    int lastRange = -1, firstWorse = image.height(), worsePixels = 0, rangePixels = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (distance(pixel, worse) <= 30) {
                firstWorse = std::min(firstWorse, y);
                ++worsePixels;
            } else if (distance(pixel, range) <= 12) {
                lastRange = std::max(lastRange, y);
                ++rangePixels;
            }
        }
    QVERIFY2(worsePixels > 0, "the difference is painted in the worse colour");
    QVERIFY2(rangePixels > 0, "the range is painted in its neutral colour");
    QVERIFY2(lastRange < firstWorse,
             qPrintable(QStringLiteral("range pixels down to %1, worse pixels from %2")
                            .arg(lastRange).arg(firstWorse)));
}

QTEST_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
