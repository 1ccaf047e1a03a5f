// Languages: installing the Korean translator changes what the main window shows, core and
// command-line messages are found in the contexts they are looked up in, an unknown --lang names
// the supported ones, a missing .qm falls back to English, money follows MoneyFormat.
#include "i18n/languagemanager.h"
#include "model/inputerror.h"
#include "models/valueformat.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

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
    void moneyPerCurrency_data();
    void moneyPerCurrency();
};

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

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
