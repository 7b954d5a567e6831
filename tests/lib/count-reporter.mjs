// A node:test reporter that writes only the counts of passed and failed
// tests (suites left out) and the full names of the failed ones as JSON,
// for run.sh's one-line summary.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, todo: 0, failures: [], limits: [] };
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
    const fullName = () => [...(open.get(d.file) ?? []).slice(0, d.nesting), d.name].join(' › ');
    if (d.todo) {
      // A known limit (a `todo` with its reason): counted apart, never a
      // failure. node:test reports a failed todo twice.
      const line = `${fullName()}: ${event.type === 'test:pass' ? 'passes now' : d.todo}`;
      if (!counts.limits.includes(line)) {
        counts.todo += 1;
        counts.limits.push(line);
      }
    } else if (event.type === 'test:pass') {
      if (d.skip) counts.skipped += 1;
      else counts.passed += 1;
    } else if (event.type === 'test:fail') {
      counts.failed += 1;
      counts.failures.push(fullName());
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
