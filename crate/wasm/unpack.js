// Turns the scanner's packed findings into the objects of its `Finding`
// type. The Rust side (`Packed` in crate/src/wasm_api.rs) writes each string
// once and eight numbers per finding, because parsing a thousand findings
// written out as JSON objects cost four times as much (issue 3: a 64 KB
// paste). The build inlines this function into the wasm-bindgen glue
// (content scripts cannot follow the glue's relative import of a snippet)
// and exports it there: a content script unpacks with it what the service
// worker's `scanPacked` sends.
export function unpack(packed) {
  const { s, m, f } = JSON.parse(packed);
  const findings = new Array(f.length / 8);
  for (let i = 0, k = 0; k < f.length; i += 1, k += 8) {
    const finding = {
      rule: s[f[k]],
      category: s[f[k + 1]],
      start: f[k + 2],
      end: f[k + 3],
      confidence: f[k + 4],
      reason: s[f[k + 5]],
      action: s[f[k + 6]],
    };
    if (f[k + 7] >= 0) finding.messages = m[f[k + 7]];
    findings[i] = finding;
  }
  return findings;
}
