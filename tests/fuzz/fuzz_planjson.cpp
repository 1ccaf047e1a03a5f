// Fuzz target: bytes in, a plan or a clear InputError out (never a crash, hang or leak).
#include "io/planjson.h"
#include "model/inputerror.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const funnelcast::Plan plan = funnelcast::PlanJson::fromBytes(bytes, QStringLiteral("fuzz.json"));
        // Whatever was accepted must survive a round trip unchanged.
        const funnelcast::Plan again = funnelcast::PlanJson::fromBytes(funnelcast::PlanJson::toBytes(plan));
        if (!(again == plan))
            __builtin_trap();
    } catch (const funnelcast::InputError &) {
    }
    return 0;
}
