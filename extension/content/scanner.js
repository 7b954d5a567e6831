/**
 * Loads the wasm scanner into the content script, once, on first use.
 *
 * This mirrors `scanner/load.js` (real wasm, else the wasm2js build when
 * the page's CSP forbids WebAssembly in the isolated world: PLATFORM-NOTES)
 * but names every file through `chrome.runtime.getURL`. Why not import
 * load.js: the scanner files are web-accessible with `use_dynamic_url`
 * (pages cannot probe for the extension), and a module imported through its
 * dynamic URL still gets the *static* `chrome-extension://<id>/` URL as
 * `import.meta.url`; its relative imports and its wasm fetch then hit the
 * static URL, which Chromium denies to pages ("Denying load of …").
 * The service worker and extension pages use load.js as it is.
 *
 * The same Rust code runs either way, synchronously, so the decision at send
 * time needs no round trip.
 */
let loading = null;

async function load() {
  const url = (file) => chrome.runtime.getURL(`scanner/${file}`);
  const glue = await import(url('composeguard.js'));
  try {
    await glue.default({ module_or_path: url('composeguard_bg.wasm') });
    return { Scanner: glue.Scanner, unpack: glue.unpack, version: glue.version, engine: 'wasm' };
  } catch (error) {
    const asm = await import(url('composeguard_asm.js'));
    glue.initAsm(asm.instantiate);
    return { Scanner: glue.Scanner, unpack: glue.unpack, version: glue.version, engine: 'asm', wasmError: String(error) };
  }
}

/** Resolves to the scanner module (`{ Scanner, unpack, version, engine }`); rejects when it cannot load. */
export function loadScannerModule() {
  loading ??= load().catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}
