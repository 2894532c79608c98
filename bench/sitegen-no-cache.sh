#!/bin/bash
# sitegen-no-cache.sh ARGS...: the Release sitegen that compare.sh builds, with --no-cache, for true cold timings.
exec "${BENCH_DIR:-/tmp/sitegen-bench}/bin/sitegen" "$@" --no-cache
