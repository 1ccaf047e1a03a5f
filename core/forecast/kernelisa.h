#pragma once

// The Monte Carlo kernel (percentiles.cpp, montecarlochannel.cpp, montecarlorun.cpp) is
// compiled twice with GCC on x86-64: for the baseline instruction set (SSE2) and for AVX2,
// each in its own namespace, and ForecastEngine::run picks one when the program runs.
// Both do the same IEEE operations on every value (no FMA contraction: ISO C++ mode; no
// reassociation), so they give the same bits; AVX2 does four draws per instruction instead
// of two. Everything a kernel file defines lives in FC_KERNEL_NS or an unnamed namespace,
// and its code sits between FC_KERNEL_CODE_BEGIN and _END, after every #include: then no
// inline function shared with the rest of the program is ever compiled for AVX2.
#if defined(FUNNELCAST_KERNEL_AVX2)
#define FC_KERNEL_NS kernel_avx2
#define FC_KERNEL_CODE_BEGIN _Pragma("GCC push_options") _Pragma("GCC target(\"avx2\")")
#define FC_KERNEL_CODE_END _Pragma("GCC pop_options")
#else
#define FC_KERNEL_NS kernel_baseline
#define FC_KERNEL_CODE_BEGIN
#define FC_KERNEL_CODE_END
#endif
