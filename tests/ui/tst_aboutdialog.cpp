// Help > About names the version, the libraries' licences and the defaults' sources.
#include "views/aboutdialog.h"

#include <QtTest>

using funnelcast::ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesVersionLicencesAndSources()
    {
        const QString html = AboutDialog::aboutHtml();
        QVERIFY(html.contains(QStringLiteral("Funnelcast " FUNNELCAST_VERSION)));
        QVERIFY(html.contains(QStringLiteral("LGPL-3.0")));
        QVERIFY(html.contains(QStringLiteral("Qt " QT_VERSION_STR)));
        QVERIFY(html.contains(QStringLiteral("SQLite 3.")));
        QVERIFY(html.contains(QStringLiteral("public domain")));
        // Sources come from resources/platforms.json, e.g. the WordStream Meta benchmark.
        QVERIFY2(html.contains(QStringLiteral("WordStream")), qPrintable(html));
    }

    void dialogShows()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About Funnelcast"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
