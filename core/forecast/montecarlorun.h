#pragma once

#include "forecast/channelmodel.h"
#include "forecast/forecastoptions.h"
#include "forecast/forecastresult.h"

#include <vector>

namespace funnelcast {

// The Monte Carlo part of ForecastEngine::run, once per instruction set (kernelisa.h; the
// two give the same bits). `result` holds the base forecast; this fills the percentiles of
// every channel, of the plan totals and of the plan's weekly series with `draws` draws.
// Returns false when options.cancel turned true (then the channels and totals are untouched
// and the weekly series' percentiles are unspecified). Exceptions from a worker (out of
// memory) are rethrown on the calling thread.
namespace kernel_baseline {
bool runMonteCarlo(const std::vector<ChannelModel> &models, int draws, double margin,
                   const ForecastOptions &options, ForecastResult &result);
}
namespace kernel_avx2 {
bool runMonteCarlo(const std::vector<ChannelModel> &models, int draws, double margin,
                   const ForecastOptions &options, ForecastResult &result);
}

} // namespace funnelcast
