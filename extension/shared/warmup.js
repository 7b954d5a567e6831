/**
 * Warms a freshly loaded scanner up in idle time.
 *
 * V8 compiles wasm lazily, function by function, on first call, and runs it
 * from its baseline compiler until a function has run enough to be
 * optimised in the background; the JavaScript build (wasm2js) is compiled
 * lazily too. So the first scans after a page loads cost several times a
 * warm scan: a 64 KB paste took 35-80 ms instead of 3 (wasm), 300-1,100 ms
 * instead of 10-20 (JavaScript build). Scanning a short text that reaches
 * every detector, a few times, while the page is idle moves that cost out of
 * the first paste or send. The text is built here and never leaves the
 * scanner; nothing is stored or sent.
 */

/** One paragraph per language and kind of data, with values that pass their checks. */
const PARTS = [
  'Guten Tag Frau Anna Müller, vielen Dank für Ihre Treue. Ihr Konto bei uns: IBAN CH93 0076 2011 6238 5295 7, '
    + 'AHV 756.1234.5678.97, geboren am 14.03.1985, Bahnhofstrasse 12, 8001 Zürich, Tel. +41 44 668 18 00.',
  'Bonjour M. Jean Dupont, votre contrat chez nous est prolongé. Appelez le 01 23 45 67 89 ou écrivez à '
    + 'jean.dupont@example.fr. TVA FR40303265045, 12 rue de la Paix, 75002 Paris. Confidentiel.',
  'Gentile sig. Marco Rossi, il suo conto presso di noi risulta attivo. Cellulare 333 123 4567, '
    + 'nato il 2 maggio 1979, Via Roma 10, 00184 Roma. Riservato: uso interno.',
  'Beste mevrouw De Vries, uw hypotheek bij ons loopt door. BSN 111222333, Keizersgracht 100, '
    + '1015 CW Amsterdam, 06 12 34 56 78. Met vriendelijke groet, Pieter Jansen',
  'Dobrý den, paní Jana Nováková, váš účet u nás je aktivní. Rodné číslo 736028/5163, IČO 25596641, '
    + 'Václavské náměstí 1, 110 00 Praha 1, +420 603 123 456.',
  'Hi team, my name is Sarah Connor. Card 4111 1111 1111 1111, call (212) 555-0142, see '
    + 'https://wiki.corp.example.internal/page and 10.0.12.7; password: Tr0ub4dor&3x; '
    + 'aws_access_key_id=AKIAIOSFODNN7EXAMPLE, BIC UBSWCHZH80A, DE tax 65929970489. STRICTLY CONFIDENTIAL',
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n'
    + 'Order #88231 shipped, version 2.14.7, 3:1 at home, EUR 149.90, ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLE00 '
    + 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl, 2001:db8::1',
];

export const WARMUP_TEXT = PARTS.join('\n\n');

/** Scans of WARMUP_TEXT a new engine gets: 56 KB of text in all, enough for V8 to optimise the hot code. */
export const WARMUP_ROUNDS = 40;

/**
 * Scans WARMUP_TEXT with `scan`, `rounds` times, in the periods `idle(fn)`
 * schedules (`fn(deadline)`; several scans per period while an idle
 * deadline lasts, one without a deadline); stops early when `alive()`
 * turns false, and calls `done()` at the end either way.
 */
export function warmUp(scan, { rounds = WARMUP_ROUNDS, alive = () => true, idle, done = () => {} }) {
  let left = rounds;
  const step = (deadline) => {
    try {
      while (left > 0 && alive()) {
        scan(WARMUP_TEXT);
        left -= 1;
        if (!deadline || deadline.timeRemaining() < 2) break;
      }
    } catch {
      left = 0; // a scanner freed meanwhile: nothing to warm
    }
    if (left > 0 && alive()) idle(step);
    else done();
  };
  idle(step);
}
