// What the wasm build needs from the browser beyond WebAssembly itself: fixed-width SIMD
// (-msimd128; Chrome 91, Firefox 89, Safari 16.4) and native exception handling
// (-fwasm-exceptions; Chrome 95, Firefox 100, Safari 15.2). Bulk memory and non-trapping
// float-to-int conversions came earlier in every browser that has these two.
// Each probe is the smallest module using the feature (as in GoogleChromeLabs/wasm-feature-detect):
// a browser without it refuses to validate it.

// (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt)
const simdProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
// (func try catch_all end)
const exceptionsProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/** The wasm features the core needs that this browser lacks: [] when it can run the core. */
export function missingWasmFeatures(wasm = globalThis.WebAssembly) {
  if (!wasm || typeof wasm.validate !== 'function') return ['webassembly'];
  const missing = [];
  if (!wasm.validate(simdProbe)) missing.push('simd');
  if (!wasm.validate(exceptionsProbe)) missing.push('exceptions');
  return missing;
}
