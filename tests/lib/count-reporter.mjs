// A node:test reporter that writes only the counts of passed and failed
// tests (suites left out), the full names of the failed ones and the known
// limits (todo tests, with their reasons) as JSON, for run.sh's summary.
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
    if (event.type === 'test:diagnostic') {
      // node:test's own summary: the count of todo tests, whatever their names.
      const todo = /^todo (\d+)$/.exec(d.message ?? '');
      if (todo && d.nesting === 0) counts.todo += Number(todo[1]);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (d.todo) {
      // A known limit (a `todo` with its reason): never a failure. Named by
      // the test and its line only: with tests running side by side, the
      // suite names gathered from start events can belong to a neighbour.
      const where = `${(d.file ?? '').split('/').pop()}:${d.line}`;
      counts.limits.push(`${d.name} (${where}): ${event.type === 'test:pass' ? 'passes now' : d.todo}`);
    } else if (event.type === 'test:pass') {
      if (d.skip) counts.skipped += 1;
      else counts.passed += 1;
    } else {
      counts.failed += 1;
      counts.failures.push(fullName());
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
