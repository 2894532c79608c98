#!/bin/bash
# sitegen-no-cache.sh ARGS...: sitegen with --no-cache, for compare.sh to time true cold builds. Runs $SITEGEN_BIN, else
# the Release build compare.sh makes in $BENCH_DIR (default /tmp/sitegen-bench).
exec "${SITEGEN_BIN:-${BENCH_DIR:-/tmp/sitegen-bench}/bin/sitegen}" "$@" --no-cache
