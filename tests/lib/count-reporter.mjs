// A node:test reporter that writes only the counts of passed and failed
// tests (suites left out) and the full names of the failed ones as JSON,
// for run.sh's one-line summary.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const open = new Map(); // file → names of the enclosing suites by nesting
  for await (const event of source) {
    const d = event.data;
    if (!d) continue;
    if (event.type === 'test:start') {
      const stack = open.get(d.file) ?? [];
      stack.length = d.nesting;
      stack.push(d.name);
      open.set(d.file, stack);
      continue;
    }
    if (d.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (d.skip || d.todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (event.type === 'test:fail') {
      counts.failed += 1;
      const parents = (open.get(d.file) ?? []).slice(0, d.nesting);
      counts.failures.push([...parents, d.name].join(' › '));
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
