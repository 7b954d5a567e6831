// Functions that run in the extension's content-script world, for
// inContentScript(page, id, fn, arg, [helpers]) in lib/browser.mjs. They
// travel as source text, so each stands alone: no imports, no closures.

/**
 * The scanner module loaded as the content script loads it
 * (content/scanner.js): the files by their chrome.runtime.getURL names,
 * real wasm unless the page's CSP forbids it (PLATFORM-NOTES), which
 * decides also for a module the content script has initialised already.
 * Resolves to { glue, engine: 'wasm' | 'asm' }.
 */
export async function loadEngine() {
  const url = (f) => chrome.runtime.getURL(`scanner/${f}`);
  const glue = await import(url('composeguard.js'));
  let engine = 'wasm';
  try {
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch {
    engine = 'asm';
  }
  if (engine === 'wasm') await glue.default({ module_or_path: url('composeguard_bg.wasm') });
  else glue.initAsm((await import(url('composeguard_asm.js'))).instantiate);
  return { glue, engine };
}

/** A request on `port` that resolves to the reply with the same id. */
export function portAsk(port) {
  return (msg) => new Promise((resolve) => {
    const on = (reply) => {
      if (reply?.id !== msg.id) return;
      port.onMessage.removeListener(on);
      resolve(reply);
    };
    port.onMessage.addListener(on);
    port.postMessage(msg);
  });
}
