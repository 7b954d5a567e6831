// Loads the scanner: real WebAssembly where the page allows it, else the
// same module compiled to JavaScript. A page's Content-Security-Policy
// governs WebAssembly compilation even in a content script's isolated world
// (PLATFORM-NOTES), and big social sites forbid it; the JS build keeps
// protection on there. Both run the one Rust engine.
import init, { initAsm, Scanner, unpack, version } from './composeguard.js';

let ready;

/**
 * Resolves to `{ Scanner, unpack, version, engine }`, `engine` being "wasm"
 * or "asm" (`unpack` turns `scanPacked` output into findings). Loads once;
 * later calls share the first load.
 */
export function loadScanner() {
  ready ??= load().catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

async function load() {
  try {
    await init({ module_or_path: new URL('composeguard_bg.wasm', import.meta.url) });
    return { Scanner, unpack, version, engine: 'wasm' };
  } catch (error) {
    // CompileError under a strict CSP; anything else (a failed fetch) also
    // falls back, since the JS build needs nothing the page can refuse.
    const asm = await import('./composeguard_asm.js');
    initAsm(asm.instantiate);
    return { Scanner, unpack, version, engine: 'asm', wasmError: String(error) };
  }
}
