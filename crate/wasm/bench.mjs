// Scanner speed as the extension runs it: the wasm module and the wasm2js
// build, in Node. Prints numbers; asserts nothing.
//
//   node crate/wasm/bench.mjs        (after ./build.sh)
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const dir = new URL('../../dist/scanner/', import.meta.url);
const POSTS = [
  'Vielen Dank für Ihre Nachricht! Wir melden uns morgen bei Ihnen. Schönes Wochenende an alle 🙂',
  'Bitte überweisen Sie den Betrag auf CH93 0076 2011 6238 5295 7, Referenz Bestellung 4471-2291.',
  'Merci pour votre retour, notre équipe vous contacte au +41 22 345 67 89 dès lundi.',
  'Grazie mille! Il nostro servizio clienti è disponibile dal lunedì al venerdì, 8-18.',
  'Ciao Marco, ecco il link: https://wiki.intranet.local/progetti/q3 — fammi sapere.',
  'Bedankt voor je bericht, we kijken ernaar en komen er zo snel mogelijk op terug.',
  'Dobrý den, děkujeme za zprávu. Objednávka č. 2024-55812 byla odeslána včera.',
  'Hi team, the staging key is AKIAQ3EGRT7BXZ5LKJ2P — please rotate after the demo.',
  'Release notes: fixed crash in 1.2.3.4, uuid 123e4567-e89b-12d3-a456-426614174000.',
  'Order #88231 shipped, tracking 1Z999AA10123456784, total EUR 149.90.',
];

function corpus(size) {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${POSTS[i % POSTS.length]}\n`;
  return text.slice(0, size);
}

function latency(scanner, text, runs) {
  for (let i = 0; i < runs / 10; i++) scanner.scan(text);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    scanner.scan(text);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.round((samples.length - 1) * q)] * 1000;
  return `p50 ${at(0.5).toFixed(1)} µs, p99 ${at(0.99).toFixed(1)} µs`;
}

function throughput(scanner) {
  const text = corpus(1 << 20);
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < 2000) {
    scanner.scan(text);
    rounds++;
  }
  const bytes = Buffer.byteLength(text) * rounds;
  return ((bytes / ((performance.now() - start) / 1000)) / 1e6).toFixed(1);
}

async function engine(kind) {
  const glue = await import(new URL(`composeguard.js?${kind}`, dir));
  if (kind === 'wasm') {
    glue.initSync({ module: readFileSync(new URL('composeguard_bg.wasm', dir)) });
  } else {
    const asm = await import(new URL('composeguard_asm.js', dir));
    glue.initAsm(asm.instantiate);
  }
  return new glue.Scanner();
}

const wasm = readFileSync(new URL('composeguard_bg.wasm', dir));
console.log(`wasm module: ${wasm.length} bytes raw, ${gzipSync(wasm).length} bytes gzip`);
console.log(`wasm2js build: ${statSync(new URL('composeguard_asm.js', dir)).size} bytes`);
for (const kind of ['wasm', 'asm']) {
  const scanner = await engine(kind);
  console.log(`${kind}: throughput, mixed multilingual text (1 MB): ${throughput(scanner)} MB/s`);
  for (const [name, size, runs] of [['280-char post', 280, 5000], ['2 KB message', 2048, 2000], ['64 KB paste', 65536, 100]]) {
    console.log(`${kind}: latency, ${name}: ${latency(scanner, corpus(size), runs)}`);
  }
}
