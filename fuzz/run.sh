#!/usr/bin/env bash
# Fuzzes one BBConduct target with afl-fuzz for N minutes. Not run by CI (fuzz/ is not in BBConduct.slnx).
#
#   fuzz/run.sh TARGET [MINUTES]     TARGET: screen | postjson | policy | people | jsonl | csv | facebook
#   fuzz/run.sh replay TARGET FILE   runs one input once (an afl crash file) and prints the exception
#
# Needs Debian's afl++ (apt-get install -y afl++) and the SharpFuzz.CommandLine tool pinned in fuzz/.config
# (restored here). Builds fuzz/BBConduct.Fuzz in Release, instruments BBConduct.Rules.dll and bbconduct.dll
# with SharpFuzz, then runs afl-fuzz on fuzz/corpus/TARGET under nice -n 19 (one core; the machine is shared).
# Findings go to fuzz/out/findings/TARGET (crashes/, hangs/); fuzz/out is git-ignored.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=out/bin
build() {
  rm -rf "$out"
  dotnet publish BBConduct.Fuzz/BBConduct.Fuzz.csproj -c Release -o "$out" --nologo -v quiet
  dotnet tool restore >/dev/null
  # Only the code under test is instrumented: coverage of the runtime or the JSON library would only dilute afl's map.
  for dll in BBConduct.Rules.dll bbconduct.dll; do
    dotnet sharpfuzz "$out/$dll"
  done
}

if [[ "${1:-}" == replay ]]; then
  [[ -f "$out/BBConduct.Fuzz.dll" ]] || build
  dotnet "$out/BBConduct.Fuzz.dll" "$2" < "$3" && echo "no crash"; exit
fi

target=${1:?usage: fuzz/run.sh TARGET [MINUTES]}
minutes=${2:-10}
[[ -d "corpus/$target" ]] || { echo "no corpus/$target" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
# FUZZ_NO_BUILD=1 reuses the instrumented build in fuzz/out/bin (several targets in a row, or while the tree is being edited).
[[ "${FUZZ_NO_BUILD:-}" == 1 && -f "$out/BBConduct.Fuzz.dll" ]] || build

findings=out/findings/$target
mkdir -p "$findings"
# A resumed run keeps its queue: "-i -" continues where the last one stopped.
input=corpus/$target
[[ -d "$findings/default/queue" ]] && input=-

export AFL_SKIP_BIN_CHECK=1            # the target is `dotnet`, instrumented by SharpFuzz rather than afl-cc
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
export AFL_AUTORESUME=1
start=$(date +%s)
nice -n 19 afl-fuzz -i "$input" -o "$findings" -V $((minutes * 60)) -t 10000 -m none \
  -- dotnet "$out/BBConduct.Fuzz.dll" "$target" || true
end=$(date +%s)

stats=$findings/default/fuzzer_stats
echo "target=$target wall_seconds=$((end - start))"
[[ -f "$stats" ]] && grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
ls "$findings/default/crashes" 2>/dev/null | grep -v README || true
