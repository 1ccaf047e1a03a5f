#pragma once

#include "forecast/forecastoptions.h"
#include "forecast/forecastresult.h"
#include "model/plan.h"

namespace funnelcast {

// The MODEL.md forecast (sections 2-6). Stateless and thread-safe: the GUI calls base() for
// an immediate answer, then run() off the UI thread for the bands.
class ForecastEngine
{
public:
    // Every input at base; percentiles equal base. Fast (no draws).
    static ForecastResult base(const Plan &plan, const Scenario &scenario);
    // Base plus `options.draws` Monte Carlo draws. The numbers depend only on the plan, the
    // scenario, the draws and the seed, never on the thread count. When options.cancel turns
    // true the run stops and returns the base forecast with `cancelled` set.
    static ForecastResult run(const Plan &plan, const Scenario &scenario,
                              const ForecastOptions &options);

    // Whether run() uses the AVX2 build of its Monte Carlo kernel on this processor (the same
    // numbers as the baseline kernel, computed four draws at a time; docs/forecast.md).
    static bool avx2KernelAvailable();

    // A paid channel's base outcome if its total spend were `spend` (flighting kept).
    static ChannelResponse paidResponse(const Plan &plan, const PaidChannel &channel, double spend);
};

} // namespace funnelcast
