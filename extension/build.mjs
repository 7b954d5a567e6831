#!/usr/bin/env node
// Assembles the unpacked Chromium extension in dist/chromium/ from
// extension/ and the scanner in dist/scanner/, and zips it to
// dist/composeguard-chromium.zip. Run from anywhere: `node extension/build.mjs`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const SCANNER_FILES = ['load.js', 'composeguard.js', 'composeguard_bg.wasm', 'composeguard_asm.js'];
// What the browser loads; everything else in extension/ is tooling.
const COPY = ['manifest.json', 'managed_schema.json', '_locales', 'background', 'shared', 'popup', 'options', 'icons'];

const HELP = `Usage: node extension/build.mjs [--scanner DIR] [--out DIR] [--no-zip]

Assembles the unpacked MV3 extension for Chromium and zips it.

  --scanner DIR  wasm-bindgen output with ${SCANNER_FILES.join(', ')}
                 (default: dist/scanner, written by ./build.sh)
  --out DIR      unpacked extension (default: dist/chromium)
  --no-zip       skip dist/composeguard-chromium.zip
  --help         this text

The content script (extension/content/*.js, ES modules) is bundled with
esbuild into one classic script, content/content.js: content scripts cannot
be modules. Needs \`npm ci\` in extension/ first.`;

function parseArgs(argv) {
  const opts = { scanner: join(ROOT, 'dist', 'scanner'), out: join(ROOT, 'dist', 'chromium'), zip: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') opts.help = true;
    else if (arg === '--no-zip') opts.zip = false;
    else if (arg === '--scanner' || arg === '--out') {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a directory`);
      opts[arg.slice(2)] = resolve(value);
    } else fail(`unknown argument '${arg}' (see --help)`);
  }
  return opts;
}

function fail(message) {
  console.error(`build.mjs: ${message}`);
  process.exit(1);
}

function checkScanner(dir) {
  const missing = SCANNER_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) {
    fail(`the scanner is missing in ${relative(process.cwd(), dir) || dir}: ${missing.join(', ')}.\n` +
      'Build it first: ./build.sh (wasm-bindgen --target web, wasm2js and load.js into dist/scanner/).');
  }
}

async function bundleContentScript(out) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail('esbuild is not installed: run `npm ci` in extension/');
  }
  await esbuild.build({
    entryPoints: [join(HERE, 'content', 'index.js')],
    outfile: join(out, 'content', 'content.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome121', 'firefox121'],
    // Readable output: stores review it, and there is nothing to hide.
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    // The scanner is loaded at run time from the extension's own files.
    external: ['*/scanner/load.js'],
  });
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** A deterministic zip (stored timestamps fixed at 1980-01-01). */
function writeZip(srcDir, zipPath) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of filesUnder(srcDir)) {
    const name = Buffer.from(relative(srcDir, file).split(sep).join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    header.copy(central, 8, 6, 26);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, packed);
    centrals.push(central, name);
    offset += header.length + name.length + packed.length;
  }
  const dirSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(zipPath, Buffer.concat([...locals, ...centrals, end]));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(HELP);
    return;
  }
  checkScanner(opts.scanner);
  rmSync(opts.out, { recursive: true, force: true });
  mkdirSync(opts.out, { recursive: true });
  for (const entry of COPY) cpSync(join(HERE, entry), join(opts.out, entry), { recursive: true });
  await bundleContentScript(opts.out);
  // Type declarations are for editors, not for the browser.
  cpSync(opts.scanner, join(opts.out, 'scanner'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
  console.log(`build.mjs: unpacked extension in ${relative(process.cwd(), opts.out) || '.'}`);
  if (opts.zip) {
    const zipPath = join(dirname(opts.out), 'composeguard-chromium.zip');
    writeZip(opts.out, zipPath);
    console.log(`build.mjs: ${relative(process.cwd(), zipPath)}`);
  }
}

await main();
