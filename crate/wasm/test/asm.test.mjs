// The wasm2js build, as a content script uses it on pages whose CSP forbids
// WebAssembly: same engine, same answers, also after its memory grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const dir = new URL('../../../dist/scanner/', import.meta.url);
const glue = await import(new URL('composeguard.js', dir));
const asm = await import(new URL('composeguard_asm.js', dir));
glue.initAsm(asm.instantiate);

const IBAN = 'CH93 0076 2011 6238 5295 7';

test('the JavaScript build finds an IBAN with UTF-16 offsets', () => {
  const scanner = new glue.Scanner();
  const text = `😀 Konto ${IBAN}`;
  const findings = scanner.scan(text).filter((f) => f.rule === 'iban');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), IBAN);
});

test('the JavaScript build still answers after a 2 MB text grew its memory', () => {
  const scanner = new glue.Scanner();
  const text = `${'lorem ipsum dolor '.repeat(120_000)} IBAN ${IBAN}`;
  const findings = scanner.scan(text).filter((f) => f.rule === 'iban');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), IBAN);
  assert.equal(scanner.scan(`again ${IBAN}`).filter((f) => f.rule === 'iban').length, 1);
});

test('the wasm and JavaScript builds give identical findings', async () => {
  const bytes = readFileSync(new URL('composeguard_bg.wasm', dir));
  assert.ok(bytes.length > 0);
  const text = `Mail a.b@example.com, AHV 756.1234.5678.97, ${IBAN}`;
  const fromAsm = new glue.Scanner().scan(text);
  const wasmGlue = await import(new URL('composeguard.js?wasm', dir));
  wasmGlue.initSync({ module: bytes });
  assert.deepEqual(new wasmGlue.Scanner().scan(text), fromAsm);
});
