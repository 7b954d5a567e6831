// The wasm package as the service worker and extension pages load it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
