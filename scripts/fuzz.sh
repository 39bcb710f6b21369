#!/usr/bin/env bash
# npm run fuzz -- [seconds per target]: builds the libFuzzer targets (clang-14, with ASan and
# UBSan, in build/sanitize), replays every saved regression input, then fuzzes each target for the given time
# (default 30 s) from a corpus seeded with the test fixtures. A crash stops with its input saved.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
build=build/sanitize  # shared with the sanitized GoogleTest suite: the core is compiled once

bash scripts/configure-sanitize.sh
targets=$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
cmake --build "$build" -j"$(nproc)" --target $targets >/dev/null

seed_corpus() {  # target corpus-dir
  local target=$1 dir=$2
  mkdir -p "$dir"
  case "$target" in
    fuzz_csv|fuzz_upload|fuzz_delimited) find tests/fixtures data -name '*.csv' -size -64k -exec cp {} "$dir/" \; ;;
    fuzz_rule) node -e '
      const fs = require("fs"); const dir = process.argv[1];
      const rules = [{preset:"beats-leader"},{preset:"russia-before-2006",tie:"void"},
        {validity:{kind:"against_all_share",percent:12.5,base:"registered"},winner_min:{percent:50,base:"valid_votes"}},
        {counting:{blank:true,crossed_out:true},min_turnout:25,assume_max_invalid:5}];
      rules.forEach((r, i) => fs.writeFileSync(`${dir}/seed-${i}.json`, JSON.stringify(r)));' "$dir" ;;
    fuzz_workbook) python3 - "$dir" <<'PY'
import glob, os, sys, zipfile
out = sys.argv[1]
for path in glob.glob('tests/fixtures/workbooks/**/*', recursive=True):
    if os.path.isdir(path) or os.path.getsize(path) > 64 * 1024 or path.endswith(('.py', '.fods')):
        continue
    data = open(path, 'rb').read()
    open(os.path.join(out, os.path.basename(path) + '.0'), 'wb').write(b'\0' + data)
    try:
        with zipfile.ZipFile(path) as z:
            for slot, part in ((1, 'xl/worksheets/sheet1.xml'), (1, 'xl/worksheets/sheet2.xml'),
                               (2, 'xl/sharedStrings.xml'), (3, 'xl/workbook.xml')):
                if part in z.namelist() and z.getinfo(part).file_size < 64 * 1024:
                    name = f'{os.path.basename(path)}.{slot}.{os.path.basename(part)}'
                    open(os.path.join(out, name), 'wb').write(bytes([slot]) + z.read(part))
    except Exception:   # broken, encrypted or not a zip: the whole file is seed enough
        pass
PY
      ;;
    fuzz_dataset) for d in data/kz-2023-akims tests/fixtures/*/; do
        [ -f "$d/units.csv" ] || continue
        { cat "$d/sources.csv"; printf '\0'; cat "$d/units.csv"; printf '\0'; cat "$d/figures.csv";
          printf '\0'; cat "$d/candidates.csv"; } > "$dir/$(basename "$d").bin" 2>/dev/null || true
      done ;;
    fuzz_request) node -e '
      const fs = require("fs"); const path = require("path"); const [dir, data] = process.argv.slice(1);
      const files = {}; for (const f of fs.readdirSync(data)) files[f] = fs.readFileSync(path.join(data, f), "utf8");
      const dataset = { files };
      const requests = [{op:"summary",dataset},{op:"check",dataset},{op:"presets"},{op:"compare",dataset,swing:2},
        {op:"evaluate",dataset,rule:{preset:"beats-leader"},swing:10}];
      requests.forEach((r, i) => fs.writeFileSync(`${dir}/seed-${i}.json`, JSON.stringify(r)));' \
        "$dir" tests/fixtures/clean ;;
  esac
}

status=0
for target in $targets; do
  regressions="tests/fuzz/regressions/$target"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== $target: replaying $(ls "$regressions" | wc -l) regression input(s)"
    "$build/$target" "$regressions"/* >/dev/null 2>&1 || { echo "regression failed: $target"; status=1; }
  fi
  corpus="$build/corpus/$target"
  seed_corpus "$target" "$corpus"
  mkdir -p "$build/artifacts/$target"
  echo "== $target: fuzzing for ${seconds}s"
  if ! "$build/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/artifacts/$target/" -print_final_stats=1 2>"$build/$target.log"; then
    echo "crash in $target: input saved under $build/artifacts/$target/ (copy it to $regressions/)"
    tail -30 "$build/$target.log"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | sed "s/^/   /" || true
done
exit $status
