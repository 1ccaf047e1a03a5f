#include <QtTest>
class TestPlanJson : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
