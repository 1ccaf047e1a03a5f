// funnelcast_core bundles the core components (model, io, storage, forecast, optimize, actuals);
// this translation unit only gives the static library a source of its own.
namespace funnelcast {
const char *coreLibraryName() { return "funnelcast_core"; }
} // namespace funnelcast
