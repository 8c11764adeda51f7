// The CI summary (scripts/test-summary.mjs) is what CI reads: its last line must count right, and a
// failed test must come with its reason, since a record that keeps only the end of the output has nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { makeTempDir, repoRoot } from './support/paths.mjs';

const script = path.join(repoRoot, 'scripts', 'test-summary.mjs');

const trx = (results, counters) => `<?xml version="1.0" encoding="utf-8"?>
<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>${results}</Results>
  <ResultSummary outcome="Failed"><Counters total="${counters.total}" executed="${counters.total}" passed="${counters.passed}" failed="${counters.total - counters.passed}" /></ResultSummary>
</TestRun>`;

const summarize = (files) => {
  const { dir, remove } = makeTempDir('summary');
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
    return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
  } finally {
    remove();
  }
};

describe('test-summary', () => {
  test('A failed xunit test is named with the first lines of its message, and the last line counts every source', () => {
    const results = `
      <UnitTestResult testName="Ok.Test" outcome="Passed" />
      <UnitTestResult testName="Broken.Test" outcome="Failed"><Output><ErrorInfo>
        <Message>System.TimeoutException : Waited 30 s for &lt;the first chase&gt;.&#xD;&#xA;Outbox: a &amp; b</Message>
        <StackTrace>at Somewhere()</StackTrace></ErrorInfo></Output></UnitTestResult>
      <UnitTestResult testName="Skipped.Test" outcome="NotExecuted" />`;
    const { status, lines } = summarize({
      'A.trx': trx(results, { total: 3, passed: 1 }),
      'e2e.junit.xml': '<testsuites><testcase name="one"/><testcase name="two"><failure message="x"/></testcase></testsuites>',
      'steps.tsv': 'Bicep compile\tpassed\ttest\nPostgreSQL\tpassed\tsetup\n',
    });

    assert.equal(status, 1);
    assert.equal(lines.at(-1), '3 passed, 3 failed');
    const failed = lines.slice(lines.indexOf('Failed:'));
    assert.ok(failed.includes('  A.trx: Broken.Test (Failed)'), failed.join('\n'));
    assert.ok(failed.includes('        System.TimeoutException : Waited 30 s for <the first chase>.'), failed.join('\n'));
    assert.ok(failed.includes('        Outbox: a & b'), failed.join('\n'));
    assert.ok(failed.includes('  A.trx: Skipped.Test (NotExecuted)'), failed.join('\n'));
    assert.ok(!failed.some((line) => line.includes('Somewhere')), 'the stack trace is left out');
  });

  test('A run where everything passed exits 0 and says so last', () => {
    const { status, lines } = summarize({ 'A.trx': trx('<UnitTestResult testName="Ok.Test" outcome="Passed" />', { total: 1, passed: 1 }) });
    assert.equal(status, 0);
    assert.equal(lines.at(-1), '1 passed, 0 failed');
    assert.ok(!lines.includes('Failed:'));
  });

  test('A trx without counters (the run died) counts as a failure', () => {
    const { status, lines } = summarize({ 'A.trx': '<TestRun><Results /></TestRun>' });
    assert.equal(status, 1);
    assert.equal(lines.at(-1), '0 passed, 1 failed');
  });
});
