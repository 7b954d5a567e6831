// The wasm package as the service worker and extension pages load it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('../../../dist/scanner/', import.meta.url);
const glue = await import(new URL('composeguard.js', dir));
glue.initSync({ module: readFileSync(new URL('composeguard_bg.wasm', dir)) });

test('an invalid policy part is listed with its path and the defaults still protect', () => {
  const scanner = new glue.Scanner(JSON.stringify({ rules: { custom: [{ id: 'x', pattern: '(ab' }] } }));
  const errors = scanner.policyErrors();
  assert.equal(errors.length, 1);
  assert.equal(errors[0].path, 'rules.custom[0].pattern');
  assert.ok(scanner.scan('IBAN CH93 0076 2011 6238 5295 7').some((f) => f.rule === 'iban'));
});

test('strict construction throws the same message the CLI prints', () => {
  assert.throws(
    () => glue.Scanner.strict('{"rules":{"ibna":{}}}'),
    /rules\.ibna: unknown rule id/,
  );
});

test('redact masks each finding and keeps its shape', () => {
  const scanner = new glue.Scanner();
  const text = 'Bitte auf CH93 0076 2011 6238 5295 7 überweisen';
  assert.equal(
    scanner.redact(text, scanner.scan(text)),
    'Bitte auf CH93 •••• •••• •••• •••• 7 überweisen',
  );
});

test('a custom rule fires with its action and messages', () => {
  const policy = {
    rules: {
      custom: [{
        id: 'acme_project', category: 'confidential', pattern: '\\bPRJ-\\d{4}\\b',
        action: 'block', message: { en: 'Project codes are internal.', de: 'Projektcodes sind intern.' },
      }],
    },
  };
  const [finding] = new glue.Scanner(JSON.stringify(policy)).scan('see PRJ-1234 now');
  assert.equal(finding.rule, 'acme_project');
  assert.equal(finding.action, 'block');
  assert.equal(finding.start, 4);
  assert.equal(finding.messages.de, 'Projektcodes sind intern.');
});

test('the findings that cross the boundary packed are the CLI\'s, field by field', () => {
  // Every post of a committed corpus, scanned by the native CLI and by the
  // wasm module; the wasm side also carries each rule's action.
  const corpus = readFileSync(new URL('../../tests/fixtures/blind3.jsonl', import.meta.url), 'utf8');
  const input = corpus.trim().split('\n').map((line) => {
    const { id, text } = JSON.parse(line);
    return JSON.stringify({ id, text });
  });
  const cli = fileURLToPath(new URL('../../../target/release/composeguard', import.meta.url));
  // Exit status 1: there were findings.
  const run = spawnSync(cli, ['scan', '--jsonl'], { input: `${input.join('\n')}\n`, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const out = run.stdout;
  const scanner = new glue.Scanner();
  let compared = 0;
  out.trim().split('\n').forEach((line, i) => {
    const { findings } = JSON.parse(line);
    const fromWasm = scanner.scan(JSON.parse(input[i]).text);
    assert.deepEqual(fromWasm.map(({ action, ...rest }) => rest), findings);
    assert.ok(fromWasm.every((f) => f.action === 'warn'));
    compared += findings.length;
  });
  assert.ok(compared > 300, `only ${compared} findings compared`);
});
