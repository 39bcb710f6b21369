// The full core's warm-up: once it is loaded (router.js, warm), it reads a small generated
// polling-station file, so the user's first upload runs on optimised code. V8 compiles a wasm
// function first with its baseline compiler and optimises it once it has run enough, but a call
// keeps the code it started on: the core's reading loop is entered once per upload, so without a
// warm-up the whole first upload would run on baseline code (docs/performance.md, "First use").

// Read in four pieces of 5,000 rows, each when the worker is quiet (router.js): V8 counts a
// function's work across calls, so four short reads warm it like one long one, and none holds the
// worker long.
export const warmUpReads = 4;

/** The warm-up file (wide, region → district → station, one contest: two candidates and against all) and its request. */
export function warmUpUpload(rows = 5000) {
  const lines = ['Регион,ТИК,УИК,Число избирателей,Бюллетени,Недействительные,Иванов,Петров,Против всех'];
  for (let i = 0; i < rows; i += 1) {
    const voters = 900 + (i % 300);
    const district = i % 211;
    lines.push(`"Регион ${district % 17}",ТИК ${district},${i + 1},${voters},${voters - 300},${i % 9},${200 + (i % 50)},${80 + (i % 40)},${10 + (i % 7)}`);
  }
  const mapping = {
    shape: 'wide',
    hierarchy: [
      { level: 'region', column: 'Регион' },
      { level: 'district', column: 'ТИК' },
      { level: 'station', column: 'УИК' },
    ],
    contest_level: 'country',
    measures: { registered: [3], ballots_cast: [4], invalid: [5], against_all: [8] },
    candidates: [6, 7],
  };
  return {
    bytes: new TextEncoder().encode(lines.join('\n') + '\n'),
    request: { op: 'summary', dataset: { upload: { file: 'warm-up.csv', mapping } } },
  };
}

/** Reads the warm-up file with `core` (loadCore()'s answer); its answer is not needed. */
export function warmUp(core, rows) {
  const { bytes, request } = warmUpUpload(rows);
  return core.callWithBytes(request, bytes);
}
