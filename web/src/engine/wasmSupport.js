// Which WebAssembly features the core's build needs that this browser lacks, asked before the
// module loads (a browser without them could not compile it; the page says so instead of failing).
// Each feature is a tiny module using one of its instructions, given to WebAssembly.validate.
// The build (CMakeLists.txt): -msimd128 -fwasm-exceptions -mbulk-memory -mnontrapping-fptoint.

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const zeros = (n) => new Array(n).fill(0);

/** A module of one function `() -> ()` with `body` (its instructions, without locals or end). */
function moduleWith(body, { memory = false, tag = false } = {}) {
  const code = [0x00, ...body, 0x0b]; // no locals, the instructions, end
  return new Uint8Array([
    ...header,
    ...section(1, [0x01, 0x60, 0x00, 0x00]), // one type: () -> ()
    ...section(3, [0x01, 0x00]), // one function of that type
    ...(memory ? section(5, [0x01, 0x00, 0x01]) : []), // one memory of one page
    ...(tag ? section(13, [0x01, 0x00, 0x00]) : []), // one exception tag of type 0
    ...section(10, [0x01, code.length, ...code]),
  ]);
}

/** The probes, by the feature's name (the names the message and the tests use). */
export const featureProbes = {
  // v128.const 0; i8x16.bitmask; drop
  simd: moduleWith([0xfd, 0x0c, ...zeros(16), 0xfd, 0x64, 0x1a]),
  // try; throw 0; catch 0; end (the exception-handling instructions Emscripten 3.1.6 emits)
  exceptions: moduleWith([0x06, 0x40, 0x08, 0x00, 0x07, 0x00, 0x0b], { tag: true }),
  // memory.fill(0, 0, 0)
  'bulk-memory': moduleWith([0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00], { memory: true }),
  // i32.trunc_sat_f32_s(0.0); drop
  'nontrapping-fptoint': moduleWith([0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00, 0x1a]),
};

/**
 * The features the core needs that `wasm` (the global WebAssembly by default) does not validate,
 * in the order of featureProbes; every one when there is no WebAssembly at all. Empty: the core runs.
 */
export function missingWasmFeatures(wasm = globalThis.WebAssembly) {
  const names = Object.keys(featureProbes);
  if (!wasm || typeof wasm.validate !== 'function') return names;
  return names.filter((name) => {
    try {
      return !wasm.validate(featureProbes[name]);
    } catch {
      return true;
    }
  });
}
