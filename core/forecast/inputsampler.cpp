#include "forecast/inputsampler.h"

#include "forecast/sampleexp.h"

#include <cmath>
#include <vector>

namespace funnelcast {

namespace {

double logit(double p) { return std::log(p / (1.0 - p)); }

} // namespace

InputSampler::InputSampler(const Uncertain &value, bool isRate)
    : m_fixed(value.isFixed()), m_rate(isRate), m_base(value.base), m_center(value.base)
{
    if (m_fixed)
        return;
    // Validation guarantees low > 0 (and high < 1 for rates) for a triple; an equal side
    // (low == base or base == high) simply has s = 0 there.
    if (m_rate) {
        m_center = logit(value.base);
        m_sUp = (logit(value.high) - m_center) / k;
        m_sDown = (m_center - logit(value.low)) / k;
    } else {
        m_sUp = std::log(value.high / value.base) / k;
        m_sDown = std::log(value.base / value.low) / k;
    }
}

double InputSampler::valueAt(double z) const
{
    if (m_fixed)
        return m_base;
    // base * exp(s z), or 1 / (1 + exp(-(logit(base) + s z))) for a rate.
    const double x = exponentAt(z);
    return fromExp(std::fabs(x) <= sampleExpLimit ? sampleExp(x) : std::exp(x));
}

std::uint64_t InputSampler::splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double InputSampler::normal(std::uint64_t seed, std::uint64_t channelKey, std::uint64_t draw,
                            std::uint32_t input)
{
    return normalAt(streamKey(seed, channelKey), draw, input);
}

std::uint64_t InputSampler::streamKey(std::uint64_t seed, std::uint64_t channelKey)
{
    // Each stage of the key goes through a full splitmix64 round so that neighbouring
    // counters give unrelated bits.
    return splitmix64(splitmix64(seed) ^ channelKey);
}

double InputSampler::normalAt(std::uint64_t streamKey, std::uint64_t draw, std::uint32_t input)
{
    const std::uint64_t h = splitmix64(streamKey ^ ((draw << 8) | input));
    // 53 random bits, centred in their interval: u is in (0, 1), never 0 or 1.
    const double u = (static_cast<double>(h >> 11) + 0.5) * (1.0 / 9007199254740992.0);
    return inverseNormalCdf(u);
}

namespace {

// AS 241's central region, |p - 0.5| <= 0.425 (85% of draws).
inline double centralInverse(double q)
{
    const double r = 0.180625 - q * q;
    return q
        * (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
                + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
              + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
            + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0)
        / (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
                + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
              + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
            + 4.2313330701600911252e+1) * r + 1.0);
}

} // namespace

void InputSampler::normals(std::uint64_t streamKey, std::size_t count, std::uint32_t input,
                           double *out)
{
    // The same numbers as normalAt(), in three passes: the counter hashes, the central
    // formula for every draw (a branch-free loop the compiler vectorises, with the same
    // arithmetic per element), then the tails where |p - 0.5| > 0.425.
    for (std::size_t d = 0; d < count; ++d) {
        const std::uint64_t h = splitmix64(streamKey ^ ((static_cast<std::uint64_t>(d) << 8) | input));
        out[d] = (static_cast<double>(h >> 11) + 0.5) * (1.0 / 9007199254740992.0);
    }
    thread_local std::vector<double> central;
    central.resize(count);
    double *__restrict c = central.data();
    const double *__restrict p = out;
    for (std::size_t d = 0; d < count; ++d)
        c[d] = centralInverse(p[d] - 0.5);
    for (std::size_t d = 0; d < count; ++d)
        out[d] = std::fabs(out[d] - 0.5) <= 0.425 ? c[d] : inverseNormalCdf(out[d]);
}

double InputSampler::inverseNormalCdf(double p)
{
    // Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37(3), 1988.
    const double q = p - 0.5;
    if (std::fabs(q) <= 0.425)
        return centralInverse(q);
    double r = q < 0.0 ? p : 1.0 - p;
    r = std::sqrt(-std::log(r));
    double x;
    if (r <= 5.0) {
        r -= 1.6;
        x = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                  + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
              + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
            / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                  + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0);
    } else {
        r -= 5.0;
        x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                  + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
              + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
            / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                  + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0);
    }
    return q < 0.0 ? -x : x;
}

} // namespace funnelcast
