#!/bin/sh
# The AVX2 build of the Monte Carlo kernel (core/forecast/kernelisa.h) must keep every AVX
# instruction inside its own namespace: an inline function shared with the rest of the
# program and compiled for AVX2 could be the copy the linker keeps, and would then crash the
# baseline path on a processor without AVX2. Usage: check-kernel-isa.sh OBJECT...
# Exit 0 when clean, 1 (naming the functions) otherwise.
set -eu
command -v objdump >/dev/null || { echo "check-kernel-isa: objdump (binutils) is missing"; exit 1; }
status=0
for object in "$@"; do
    # Functions with a VEX-encoded (AVX) instruction whose name is not in kernel_avx2.
    listing=$(objdump -d --no-show-raw-insn -C "$object") || { echo "check-kernel-isa: cannot read $object"; exit 1; }
    bad=$(printf '%s\n' "$listing" | awk '
        /^[0-9a-f]+ <.*>:$/ { fn = $0; next }
        /^ +[0-9a-f]+:\tv[a-z0-9]+/ { if (fn !~ /kernel_avx2::/) print fn }' | sort -u)
    if [ -n "$bad" ]; then
        echo "$object: AVX instructions outside namespace kernel_avx2:"
        echo "$bad"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-kernel-isa: $# objects clean"
exit "$status"
