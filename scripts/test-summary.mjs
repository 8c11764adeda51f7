// Sums up one run of scripts/test.sh: xunit results (*.trx), node test results (*.junit.xml) and
// the script's own counted steps (steps.tsv: name<TAB>passed|failed<TAB>kind). Prints one line
// per source and, as the last line, "N passed, N failed". Exit code 1 if anything failed.
//
//   node scripts/test-summary.mjs artifacts/test-results
import fs from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.log(`no results folder ${folder}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const unescapeXml = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#xD;/g, '').replace(/&#xA;/g, '\n').replace(/&amp;/g, '&');
const attribute = (text, name) => Number((new RegExp(`\\b${name}="(\\d+)"`).exec(text) ?? [])[1] ?? 0);
const rows = [];
const failures = [];

for (const file of fs.readdirSync(folder).sort()) {
  const full = path.join(folder, file);
  if (file.endsWith('.trx')) {
    const xml = fs.readFileSync(full, 'utf8');
    const counters = /<Counters\b[^>]*>/.exec(xml)?.[0];
    if (!counters) {
      rows.push({ source: file, passed: 0, failed: 1 });
      failures.push(`${file}: no <Counters> (test run did not finish)`);
      continue;
    }

    const total = attribute(counters, 'total');
    const passed = attribute(counters, 'passed');
    rows.push({ source: file, passed, failed: total - passed });
    for (const match of xml.matchAll(/<UnitTestResult\b[^>]*testName="([^"]*)"[^>]*outcome="(?!Passed)([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
      failures.push(`${file}: ${match[1]} (${match[2]})`);
      // The reason, so a record that keeps only the end of the output still says why.
      const message = /<Message>([\s\S]*?)<\/Message>/.exec(match[4] ?? '')?.[1];
      if (message) failures.push(...unescapeXml(message).split('\n').slice(0, 12).map((line) => `      ${line.trimEnd()}`));
    }
  } else if (file.endsWith('.junit.xml')) {
    const xml = fs.readFileSync(full, 'utf8');
    let passed = 0;
    let failed = 0;
    // <testcase .../> passed; <testcase ...>...</testcase> passed unless it holds <failure> or <skipped>.
    for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const body = match[3] ?? '';
      if (/<failure\b|<skipped\b|<error\b/.test(body)) {
        failed++;
        failures.push(`${file}: ${/name="([^"]*)"/.exec(match[1])?.[1]}`);
      } else {
        passed++;
      }
    }

    if (passed + failed === 0) {
      failed = 1;
      failures.push(`${file}: no test cases`);
    }

    rows.push({ source: file, passed, failed });
  } else if (file === 'steps.tsv') {
    for (const line of fs.readFileSync(full, 'utf8').split('\n').filter(Boolean)) {
      const [name, outcome, kind] = line.split('\t');
      if (outcome === 'failed') failures.push(`${kind === 'test' ? 'test' : 'step'}: ${name}`);
      // Setup steps count only when they fail: then the run is not trustworthy.
      if (kind === 'test' || outcome === 'failed') {
        rows.push({ source: `${kind}: ${name}`, passed: outcome === 'passed' ? 1 : 0, failed: outcome === 'passed' ? 0 : 1 });
      }
    }
  }
}

if (rows.length === 0) {
  rows.push({ source: '(nothing ran)', passed: 0, failed: 1 });
}

console.log('');
console.log('Summary');
for (const row of rows) console.log(`  ${row.source.padEnd(48)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(4)} failed`);
if (failures.length > 0) {
  console.log('Failed:');
  for (const failure of failures) console.log(`  ${failure}`);
}

const passed = rows.reduce((sum, r) => sum + r.passed, 0);
const failed = rows.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
