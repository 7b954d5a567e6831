// Turns binaryen's wasm2js output into a module that the wasm-bindgen glue
// can instantiate with its own imports, and patches the glue for it (and
// for content scripts: its snippets are inlined).
//
// Usage: node asmify.mjs <wasm2js-output.js> <glue.js> <out-asm.js>
//
// Why: wasm2js emits `import * as x from './composeguard_bg.js'` and
// instantiates at load time; the glue builds its imports at run time. We
// wrap the body in `export function instantiate(imports)` instead. The glue
// caches typed-array views of memory and only renews them when the old
// buffer is detached; wasm2js grows memory by swapping in a new, undetached
// buffer, so the cache must compare buffers (PLATFORM-NOTES: large texts
// silently returned nothing otherwise).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [asmPath, gluePath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node asmify.mjs <wasm2js-output.js> <glue.js> <out-asm.js>');
  process.exit(2);
}

function replaceOnce(text, pattern, replacement, what) {
  const next = text.replace(pattern, replacement);
  if (next === text) {
    throw new Error(`asmify: could not patch ${what}; did the wasm-bindgen or binaryen version change?`);
  }
  return next;
}

let asm = readFileSync(asmPath, 'utf8');
asm = replaceOnce(asm, /^import \* as (\S+) from '[^']+';\n/m, '', 'the wasm2js import');
asm = replaceOnce(
  asm,
  /\nvar retasmFunc = asmFunc\(\{[\s\S]*$/,
  '\nexport function instantiate(imports) {\n  return asmFunc(imports);\n}\n',
  'the wasm2js instantiation',
);
writeFileSync(outPath, asm);

let glue = readFileSync(gluePath, 'utf8');
// The glue imports the Rust side's JavaScript snippets (`#[wasm_bindgen(module
// = ...)]`) relatively. A content script imports the glue through its dynamic
// URL, where Chromium denies such relative loads (extension/content/scanner.js),
// so each snippet's functions are put into the glue itself.
glue = glue.replace(/^import \{ ([\w, ]+) \} from '(\.\/snippets\/[^']+)';\n/gm, (line, names, path) => {
  const source = readFileSync(new URL(path, pathToFileURL(gluePath)), 'utf8');
  const inlined = source.replace(/^export function /gm, 'function ');
  for (const name of names.split(', ')) {
    if (!new RegExp(`^function ${name}\\(`, 'm').test(inlined)) {
      throw new Error(`asmify: snippet ${path} has no function ${name}`);
    }
  }
  return `${inlined}\n`;
});
if (glue.includes('./snippets/')) throw new Error('asmify: a snippet import is left in the glue');
glue = replaceOnce(
  glue,
  /cachedUint8ArrayMemory0 === null \|\| cachedUint8ArrayMemory0\.byteLength === 0/,
  'cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.buffer !== wasm.memory.buffer',
  'the Uint8Array memory cache',
);
glue = replaceOnce(
  glue,
  /cachedDataViewMemory0 === null \|\| cachedDataViewMemory0\.buffer\.detached === true \|\| \(cachedDataViewMemory0\.buffer\.detached === undefined && cachedDataViewMemory0\.buffer !== wasm\.memory\.buffer\)/,
  'cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer !== wasm.memory.buffer',
  'the DataView memory cache',
);
glue = replaceOnce(
  glue,
  /\nexport \{ initSync, __wbg_init as default \};/,
  `
/** Instantiates the wasm2js build: \`instantiate\` is its export. */
function initAsm(instantiate) {
    if (wasm !== undefined) return wasm;
    return __wbg_finalize_init({ exports: instantiate(__wbg_get_imports()) }, undefined);
}

export { initSync, initAsm, unpack, __wbg_init as default };`,
  'the glue exports',
);
writeFileSync(gluePath, glue);
