// Languages: installing the Korean translator changes what the main window shows, core and
// command-line messages are found in the contexts they are looked up in, an unknown --lang names
// the supported ones, a missing .qm falls back to English, money follows MoneyFormat, input
// fields read the locale's separators (ko_KR, en_US, de_DE) and refuse what is not a number,
// week labels and percentages as each locale writes them.
#include "document/plandocument.h"
#include "i18n/languagemanager.h"
#include "model/inputerror.h"
#include "models/valueformat.h"
#include "storage/planfile.h"
#include "uitestplan.h"
#include "views/forecastpanel.h"
#include "views/kpicard.h"
#include "views/mainwindow.h"
#include "views/plansetuppage.h"
#include "views/scenariocomparison.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace funnelcast;
using namespace funnelcast::ui;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QMenu *menuTitled(const MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownLanguageNamesSupportedOnes();
    void missingTranslationFallsBackToEnglish();
    void englishWindow();
    void languageMenuSavesChoice();
    void koreanTranslatorChangesWindow();
    void koreanCoreAndCommandMessages();
    void koreanWindowFitsSmallScreens();
    void everyQObjectContextIsQualified();
    void moneyPerCurrency_data();
    void moneyPerCurrency();
    void parseInLocale_data();
    void parseInLocale();
    void shownValuesReadBack_data();
    void shownValuesReadBack();
    void weekLabelsAndPercentages_data();
    void weekLabelsAndPercentages();
    void setupPageReadsLocaleSeparators();
    void qtOwnKoreanLoads();

private:
    QTemporaryDir m_dir;
};

namespace {

// Sets QLocale's default for one test and puts the previous one back.
class LocaleScope
{
public:
    explicit LocaleScope(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_previous;
};

} // namespace

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelcastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    QSettings().clear();
}

void TestI18n::unknownLanguageNamesSupportedOnes()
{
    QStringList args = {QStringLiteral("funnelcast"), QStringLiteral("--lang"), QStringLiteral("fr")};
    try {
        LanguageManager::takeLanguageArgument(args);
        QFAIL("--lang fr was accepted");
    } catch (const UsageError &error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(QLatin1String("fr")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("en, ko")), qPrintable(message));
    }
    QStringList missing = {QStringLiteral("funnelcast"), QStringLiteral("--lang")};
    QVERIFY_THROWS_EXCEPTION(UsageError, LanguageManager::takeLanguageArgument(missing));

    QStringList ok = {QStringLiteral("funnelcast"), QStringLiteral("--lang=ko"), QStringLiteral("x")};
    QCOMPARE(LanguageManager::takeLanguageArgument(ok), QStringLiteral("ko"));
    QCOMPARE(ok, (QStringList{QStringLiteral("funnelcast"), QStringLiteral("x")}));
}

void TestI18n::missingTranslationFallsBackToEnglish()
{
    // No funnelcast_de.qm is built: the manager warns and keeps English, never a blank UI.
    QCOMPARE(LanguageManager::install(QStringLiteral("de")), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("funnelcast::ui::MainWindow", "&File"),
             QStringLiteral("&File"));
}

void TestI18n::englishWindow()
{
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY(titles.contains(QStringLiteral("&View")));
}

void TestI18n::languageMenuSavesChoice()
{
    MainWindow window;
    QMenu *view = menuTitled(window, QStringLiteral("&View"));
    QVERIFY(view);
    QMenu *language = nullptr;
    for (QAction *action : view->actions())
        if (action->menu() && action->text() == QLatin1String("&Language"))
            language = action->menu();
    QVERIFY(language);
    QStringList names;
    QAction *korean = nullptr;
    for (QAction *action : language->actions()) {
        names << action->text();
        QVERIFY(action->isCheckable());
        if (action->data().toString() == QLatin1String("ko"))
            korean = action;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("한국어")}));
    QVERIFY(korean);
    // The choice is confirmed in a message box; close it as soon as it shows.
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->accept();
    });
    QTimer::singleShot(200, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->accept();
    });
    korean->trigger();
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("ko"));
    QCOMPARE(LanguageManager::preferredLanguage(), QStringLiteral("ko"));
    QVERIFY(korean->isChecked());
    QSettings().clear();
}

void TestI18n::koreanTranslatorChangesWindow()
{
    QCOMPARE(LanguageManager::install(QStringLiteral("ko")), QStringLiteral("ko"));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("파일(&F)")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY(titles.contains(QStringLiteral("보기(&V)")));
    QVERIFY(!titles.contains(QStringLiteral("&File")));
}

void TestI18n::koreanCoreAndCommandMessages()
{
    // Core code translates through QCoreApplication::translate with a fixed context; these
    // must be the contexts lupdate filed the strings under, or Korean users see English.
    QCOMPARE(QCoreApplication::translate("PlanFile", "%1 is empty, so it is not a Funnelcast plan."),
             QStringLiteral("%1이(가) 비어 있어 Funnelcast 플랜이 아닙니다."));
    QCOMPARE(QCoreApplication::translate("PlanValidator", "must not be negative"),
             QStringLiteral("음수일 수 없습니다"));
    QCOMPARE(QCoreApplication::translate("ScenarioOps", "A scenario needs a name that is not empty."),
             QStringLiteral("시나리오 이름은 비워 둘 수 없습니다."));
    QCOMPARE(QCoreApplication::translate("Commands", "create a plan file from plan JSON"),
             QStringLiteral("플랜 JSON으로 플랜 파일 만들기"));
    QStringList args = {QStringLiteral("funnelcast"), QStringLiteral("--lang"), QStringLiteral("fr")};
    try {
        LanguageManager::takeLanguageArgument(args);
        QFAIL("--lang fr was accepted");
    } catch (const UsageError &error) {
        const QString message = QString::fromStdString(error.what());
        QVERIFY2(message.contains(QStringLiteral("지원하는 언어")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("en, ko")), qPrintable(message));
    }
}

namespace {

// The widgets wider than `limit` at their minimum, deepest last, to say which one is too wide.
void listWide(QWidget *widget, int limit, int depth, QStringList &out)
{
    const int width = widget->minimumSizeHint().expandedTo(widget->minimumSize()).width();
    if (width > limit)
        out << QStringLiteral("%1%2 \"%3\" %4")
                   .arg(QString(depth * 2, QLatin1Char(' ')),
                        QString::fromLatin1(widget->metaObject()->className()),
                        widget->objectName())
                   .arg(width);
    for (QObject *child : widget->children())
        if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow())
            listWide(w, limit, depth + 1, out);
}

} // namespace

void TestI18n::koreanWindowFitsSmallScreens()
{
    // The Korean main window with the demo plan must fit a 1366 px wide laptop screen: Korean
    // labels are wider than English ones, and a minimum wider than the screen pushed the KPI
    // column off its right edge.
    QCOMPARE(QLocale().language(), QLocale::Korean); // installed by koreanTranslatorChangesWindow
    MainWindow window;
    QVERIFY(window.openDemoPlan());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The ranges arrive from the Monte Carlo worker; their P10–P90 lines are the widest texts.
    const auto rangesShown = [&window] {
        const QList<KpiCard *> cards = window.findChildren<KpiCard *>();
        if (cards.isEmpty())
            return false;
        for (KpiCard *card : cards)
            if (card->baseText().isEmpty())
                return false;
        return std::any_of(cards.begin(), cards.end(),
                           [](KpiCard *card) { return !card->rangeText().isEmpty(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(rangesShown(), 30000);
    // Tabs are built when first opened: open each, so that every one counts in the minimum
    // (the Budget tab's table and charts are among the widest), then come back.
    QTabWidget *editors = window.editorTabs();
    const int shown = editors->currentIndex();
    for (int i = 0; i < editors->count(); ++i)
        editors->setCurrentIndex(i);
    editors->setCurrentIndex(shown);
    for (QTabWidget *tabs : {window.forecastPanel()->chartTabs(),
                             qobject_cast<QTabWidget *>(
                                 window.forecastPanel()->comparison()->parentWidget()->parentWidget())}) {
        QVERIFY(tabs);
        for (int i = tabs->count() - 1; i >= 0; --i)
            tabs->setCurrentIndex(i);
    }
    QTest::qWait(50);
    const int limit = 1366;
    const int width = window.minimumSizeHint().expandedTo(window.minimumSize()).width();
    QStringList wide;
    if (width > limit)
        listWide(&window, 500, 0, wide);
    QVERIFY2(width <= limit, qPrintable(QStringLiteral("minimum width %1:\n").arg(width)
                                        + wide.join(QLatin1Char('\n'))));
}

void TestI18n::everyQObjectContextIsQualified()
{
    // tr() in a QObject class looks its strings up under the class's full name
    // ("funnelcast::ui::ActualsPanel"). lupdate's parser loses the namespace after a template
    // forward declaration in the header and files them under the bare name, so a whole panel
    // stays English in Korean. No .ts context may be the bare name of a ui QObject class.
    QSet<QString> bare;
    QFile ts(QStringLiteral(FUNNELCAST_SOURCE_DIR "/translations/funnelcast_ko.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QRegularExpression name(QStringLiteral("<name>([^<:]+)</name>"));
    for (auto m = name.globalMatch(QString::fromUtf8(ts.readAll())); m.hasNext();)
        bare.insert(m.next().captured(1));
    QVERIFY(!bare.isEmpty());
    const QRegularExpression qobjectClass(
        QStringLiteral(R"(class\s+(\w+)\s*:\s*public\s+Q\w+\s*\{\s*Q_OBJECT)"));
    QStringList wrong;
    QDirIterator it(QStringLiteral(FUNNELCAST_SOURCE_DIR "/ui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile header(it.next());
        QVERIFY(header.open(QIODevice::ReadOnly));
        for (auto m = qobjectClass.globalMatch(QString::fromUtf8(header.readAll())); m.hasNext();) {
            const QString cls = m.next().captured(1);
            if (bare.contains(cls))
                wrong << cls + QStringLiteral(" (") + it.fileName() + QLatin1Char(')');
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    // And the actuals panel, the first one that was hit, really is Korean.
    QCOMPARE(QCoreApplication::translate("funnelcast::ui::ActualsPanel", "All channels"),
             QStringLiteral("전체 채널"));
    QCOMPARE(QCoreApplication::translate("funnelcast::ui::ActualsImportDialog", "Import Actuals"),
             QStringLiteral("실적 가져오기"));
}

void TestI18n::moneyPerCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // Korean locale (installed above): grouping by thousands with commas, symbol in front.
    QTest::newRow("KRW") << "KRW" << 1234000.4 << QStringLiteral("₩1,234,000");
    QTest::newRow("USD") << "USD" << 1234.5 << QStringLiteral("$1,234.50");
    QTest::newRow("JPY") << "JPY" << 1234.4 << QStringLiteral("¥1,234");
    QTest::newRow("EUR") << "EUR" << 0.5 << QStringLiteral("€0.50");
}

void TestI18n::moneyPerCurrency()
{
    QFETCH(QString, currency);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat::money(value, currency), expected);
    QCOMPARE(ValueFormat::currencyDecimals(currency), currency == QLatin1String("KRW")
                                                          || currency == QLatin1String("JPY")
                                                      ? 0
                                                      : 2);
}

void TestI18n::parseInLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN: refused
    const int money = int(FieldUnit::Money);
    const int percent = int(FieldUnit::Percent);
    const int count = int(FieldUnit::Count);
    const double refused = std::nan("");
    for (const char *name : {"en_US", "ko_KR"}) {
        const QString l = QString::fromLatin1(name);
        QTest::addRow("%s grouped", name) << l << money << "1,234.5" << 1234.5;
        QTest::addRow("%s won sign", name) << l << money << QStringLiteral("₩12,000,000") << 12000000.0;
        QTest::addRow("%s won suffix", name) << l << money << QStringLiteral("12,000,000원") << 12000000.0;
        QTest::addRow("%s percent", name) << l << percent << "12.5%" << 0.125;
        QTest::addRow("%s plain", name) << l << count << "1234567" << 1234567.0;
        // The German form is not an English number: refused, never read as 1.2345.
        QTest::addRow("%s german form", name) << l << money << "1.234,5" << refused;
        QTest::addRow("%s comma in thousands only", name) << l << money << "12,34" << refused;
    }
    QTest::newRow("de grouped") << "de_DE" << money << "1.234,5" << 1234.5;
    QTest::newRow("de millions") << "de_DE" << count << "1.234.567" << 1234567.0;
    QTest::newRow("de decimal comma") << "de_DE" << percent << "12,5 %" << 0.125;
    QTest::newRow("de euro suffix") << "de_DE" << money << QStringLiteral("1.500,00 €") << 1500.0;
    QTest::newRow("de plain point") << "de_DE" << money << "1234.5" << 1234.5;
    QTest::newRow("de english grouped") << "de_DE" << money << "1,234.5" << 1234.5;
    for (const char *name : {"en_US", "ko_KR", "de_DE"}) {
        const QString l = QString::fromLatin1(name);
        QTest::addRow("%s 1e308", name) << l << money << "1e308" << refused;
        QTest::addRow("%s 1e309", name) << l << money << "1e309" << refused;
        QTest::addRow("%s NaN", name) << l << money << "NaN" << refused;
        QTest::addRow("%s inf", name) << l << count << "inf" << refused;
        QTest::addRow("%s letters", name) << l << money << "abc" << refused;
        QTest::addRow("%s digits and letters", name) << l << count << "12k" << refused;
        QTest::addRow("%s negative", name) << l << money << "-5" << refused;
        QTest::addRow("%s over 100%%", name) << l << percent << "150%" << refused;
    }
}

void TestI18n::parseInLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, unit);
    QFETCH(QString, text);
    QFETCH(double, expected);
    const LocaleScope scope(locale);
    QString error;
    const std::optional<double> value = ValueFormat::parseNumber(text, FieldUnit(unit), &error);
    if (std::isnan(expected)) {
        QVERIFY2(!value, qPrintable(QString::number(value.value_or(0), 'g', 17)));
        // The refusal is a sentence that quotes what was typed.
        QVERIFY2(!error.isEmpty(), qPrintable(text));
        QVERIFY2(error.contains(text.trimmed().remove(QLatin1Char('%'))), qPrintable(error));
    } else {
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, expected);
    }
}

void TestI18n::shownValuesReadBack_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : {"en_US", "ko_KR", "de_DE"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestI18n::shownValuesReadBack()
{
    // What a field shows (grouped, with the locale's separators) reads back as the same value.
    QFETCH(QString, locale);
    const LocaleScope scope(locale);
    const struct
    {
        double value;
        FieldUnit unit;
        const char *currency;
    } cases[] = {{1234567.0, FieldUnit::Money, "KRW"}, {1234.56, FieldUnit::Money, "EUR"},
                 {0.125, FieldUnit::Percent, "KRW"},   {0.009, FieldUnit::Percent, "KRW"},
                 {2500000.0, FieldUnit::Count, "KRW"}};
    for (const auto &c : cases) {
        for (bool forEdit : {false, true}) {
            const QString shown = ValueFormat::number(c.value, c.unit, QString::fromLatin1(c.currency), forEdit);
            QString error;
            const std::optional<double> back = ValueFormat::parseNumber(shown, c.unit, &error);
            QVERIFY2(back, qPrintable(shown + QStringLiteral(": ") + error));
            QVERIFY2(std::fabs(*back - c.value) < 1e-9 * std::max(1.0, c.value), qPrintable(shown));
        }
    }
    // The grouped form uses the locale's own group separator.
    const QString grouped = ValueFormat::number(1234567.0, FieldUnit::Money, QStringLiteral("KRW"));
    QCOMPARE(grouped, locale == QLatin1String("de_DE") ? QStringLiteral("1.234.567")
                                                       : QStringLiteral("1,234,567"));
}

void TestI18n::weekLabelsAndPercentages_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("week");     // 1 March 2027
    QTest::addColumn<QString>("medium");   // 1 March 2027 in running text
    QTest::addColumn<QString>("percent");  // 0.125 as a field shows it
    // Worked from each locale's CLDR short date (M/d/yy, yy. M. d., dd.MM.yy, dd/MM/yyyy)
    // with the year taken out, and its long date without the weekday.
    QTest::newRow("en_US") << "en_US" << "3/1" << "Mar 1, 2027" << "12.5%";
    QTest::newRow("ko_KR") << "ko_KR" << "3. 1." << QStringLiteral("2027년 3월 1일") << "12.5%";
    QTest::newRow("de_DE") << "de_DE" << "01.03" << QStringLiteral("1. März 2027") << "12,5%";
    QTest::newRow("en_GB") << "en_GB" << "01/03" << "1 Mar 2027" << "12.5%";
}

void TestI18n::weekLabelsAndPercentages()
{
    QFETCH(QString, locale);
    QFETCH(QString, week);
    QFETCH(QString, medium);
    QFETCH(QString, percent);
    const LocaleScope scope(locale);
    const QDate date(2027, 3, 1);
    QCOMPARE(ValueFormat::weekLabel(date), week);
    // The axis format gives the same label (QDateTimeAxis takes a format, not a function).
    QCOMPARE(QLocale().toString(date, ValueFormat::weekLabelFormat()), week);
    QCOMPARE(ValueFormat::mediumDate(date), medium);
    QCOMPARE(ValueFormat::number(0.125, FieldUnit::Percent, QStringLiteral("KRW")), percent);
}

void TestI18n::setupPageReadsLocaleSeparators()
{
    // The plan setup page under German separators: "1.234.567,5" is the budget 1234567.5,
    // "12,5 %" the margin 0.125; "1e308", NaN and letters are refused with the reason and the
    // plan keeps its value.
    const LocaleScope scope(QStringLiteral("de_DE"));
    const QString path = m_dir.filePath(QStringLiteral("setup-de.fcplan"));
    QFile::remove(path);
    PlanFile::create(path, uiTestPlan());
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path);
    QVERIFY(document);
    PlanSetupPage page;
    page.setDocument(document.get());
    QCOMPARE(page.budgetEdit()->text(), QStringLiteral("15.000.000"));
    QCOMPARE(page.marginEdit()->text(), QStringLiteral("60%"));

    QSignalSpy refused(document.get(), &PlanDocument::editRefused);
    page.budgetEdit()->setText(QStringLiteral("1.234.567,5"));
    emit page.budgetEdit()->editingFinished();
    QCOMPARE(refused.count(), 0);
    QCOMPARE(reopenPlan(path).scenarios.at(0).budget.value_or(0), 1234567.5);
    page.marginEdit()->setText(QStringLiteral("12,5 %"));
    emit page.marginEdit()->editingFinished();
    QCOMPARE(reopenPlan(path).margin, 0.125);

    for (const QString &bad : {QStringLiteral("1e308"), QStringLiteral("NaN"), QStringLiteral("zwölf")}) {
        refused.clear();
        page.budgetEdit()->setText(bad);
        emit page.budgetEdit()->editingFinished();
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(bad), qPrintable(refused.at(0).at(0).toString()));
        QCOMPARE(reopenPlan(path).scenarios.at(0).budget.value_or(0), 1234567.5);
    }
    refused.clear();
    page.marginEdit()->setText(QStringLiteral("abc"));
    emit page.marginEdit()->editingFinished();
    QCOMPARE(refused.count(), 1);
    QCOMPARE(reopenPlan(path).margin, 0.125);
    document.reset();
}

void TestI18n::qtOwnKoreanLoads()
{
    // Standard dialogs (file dialogs, message-box buttons, print preview) get Korean from Qt's
    // qtbase_ko.qm, installed by LanguageManager next to Funnelcast's own translator.
    QCOMPARE(LanguageManager::install(QStringLiteral("ko")), QStringLiteral("ko"));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(cancel));
    QCOMPARE(cancel, QStringLiteral("취소"));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
