// Inputs the fuzz targets (tests/fuzz) found to break an invariant, replayed as plain tests so
// that the normal suite keeps them fixed. Each reproducer also sits in the target's seed corpus.
#include "io/planjson.h"
#include "model/inputerror.h"

#include <QFile>
#include <QtTest>

using namespace funnelcast;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The fuzz_planjson invariant: refused with an InputError, or accepted and written and read
// back equal.
void checkRoundTripOrRefused(const QByteArray &bytes)
{
    Plan plan;
    try {
        plan = PlanJson::fromBytes(bytes, QStringLiteral("case.json"));
    } catch (const InputError &) {
        return;
    }
    const Plan again = PlanJson::fromBytes(PlanJson::toBytes(plan));
    QVERIFY(again == plan);
}

const QString minimalPlan = QStringLiteral(FUNNELCAST_TEST_DATA "/io/minimal.json");

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_planjson, crash 6a82e5a7: a UTF-8 byte-order mark inside an object key. Qt's parser
    // dropped it and filed the key out of order, so the plan read back differently.
    void planJsonRawBomInKeyIsRefused()
    {
        QByteArray bytes = readFile(minimalPlan);
        const qsizetype at = bytes.indexOf("\"name\"");
        QVERIFY(at > 0);
        bytes.insert(at + 1, "\xEF\xBB\xBF");
        try {
            PlanJson::fromBytes(bytes, QStringLiteral("bom.json"));
            QFAIL("a byte-order mark inside the text was accepted");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(QLatin1String("bom.json: line ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("U+FEFF")), qPrintable(e.message()));
        }
        // At the very start it is the BOM of a UTF-8 file, which is fine.
        PlanJson::fromBytes(QByteArray("\xEF\xBB\xBF") + readFile(minimalPlan));
    }
    // The escape \ufeff is a legal character of a key or value: it must survive a round trip,
    // so the writer escapes it rather than writing the raw bytes the reader refuses.
    void planJsonEscapedBomRoundTrips()
    {
        QByteArray bytes = readFile(minimalPlan);
        const qsizetype at = bytes.indexOf('{');
        bytes.insert(at + 1, "\"x\\ufeffkey\": \"a\\ufeffb\",");
        const Plan plan = PlanJson::fromBytes(bytes);
        const QString key = QStringLiteral("x") + QChar(0xFEFF) + QStringLiteral("key");
        QCOMPARE(plan.unknownFields.value(key).toString(), QStringLiteral("a") + QChar(0xFEFF) + QStringLiteral("b"));
        const QByteArray written = PlanJson::toBytes(plan);
        QVERIFY(!written.contains("\xEF\xBB\xBF"));
        QVERIFY(PlanJson::fromBytes(written) == plan);
    }
    void planJsonCrashReproducer()
    {
        checkRoundTripOrRefused(readFile(QStringLiteral(FUNNELCAST_SOURCE_DIR
                                                        "/tests/fuzz/corpus/fuzz_planjson/regression-bom-in-key.json")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
