#!/usr/bin/env bash
# The long fuzz (not in CI): the property tests of tests/Book.Tests/Reliability/Fuzz with many more
# projects and the hostile shapes of issue 22 at full size (delimiter runs past 14,000, cells of
# tens of thousands of words, nesting past every limit). A failure prints the generated chapters
# and leaves the project in a temporary folder to rebuild by hand.
#
#   bench/fuzz.sh                 # 2000 projects of each kind, seed 7, scale 400
#   BOOK_FUZZ_SEED=11 bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BOOK_FUZZ_COUNT="${BOOK_FUZZ_COUNT:-2000}"
export BOOK_FUZZ_SEED="${BOOK_FUZZ_SEED:-7}"
export BOOK_FUZZ_SCALE="${BOOK_FUZZ_SCALE:-400}"
export BOOK_FUZZ_TIMEOUT="${BOOK_FUZZ_TIMEOUT:-60}"
echo "fuzz: $BOOK_FUZZ_COUNT projects, seed $BOOK_FUZZ_SEED, scale $BOOK_FUZZ_SCALE, ${BOOK_FUZZ_TIMEOUT} s a build"
dotnet build -c Release tests/Book.Tests -v quiet
dotnet test tests/Book.Tests -c Release --no-build --filter "FullyQualifiedName~Reliability.Fuzz" \
  --logger "console;verbosity=detailed"
