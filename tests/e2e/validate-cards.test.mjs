// The card validator must catch what Teams would reject or render badly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { makeTempDir } from './support/paths.mjs';
import { MAX_BYTES, validateCardText } from './validate-cards.mjs';

const card = (body, extra = {}) => JSON.stringify({ type: 'AdaptiveCard', version: '1.5', body, ...extra });
const text = (t) => ({ type: 'TextBlock', text: t, wrap: true });

describe('validate-cards', () => {
  test('A plain 1.5 card with a labelled input and a titled action is valid', () => {
    const errors = validateCardText(card(
      [text('Hei'), { type: 'Input.Text', id: 'note', label: 'Notat', isRequired: true, errorMessage: 'Skriv et notat.' }],
      { actions: [{ type: 'Action.Submit', title: 'Send', data: { action: 'x' } }] }));
    assert.deepEqual(errors, []);
  });

  test('A card above version 1.5 is rejected', () => {
    assert.match(validateCardText(card([text('Hei')], { version: '1.6' })).join('\n'), /version 1\.6 is above 1\.5/);
  });

  test('A card above 28 KB is rejected', () => {
    const errors = validateCardText(card([text('x'.repeat(MAX_BYTES))]));
    assert.match(errors.join('\n'), /bytes, above the 28672-byte budget/);
  });

  test('An input without id or label is rejected', () => {
    const errors = validateCardText(card([{ type: 'Input.Text' }]));
    assert.match(errors.join('\n'), /Input.Text at \$\.body\[0\] has no id/);
    assert.match(errors.join('\n'), /Input.Text at \$\.body\[0\] has no label/);
  });

  test('The official library reports unknown elements and duplicate input ids', () => {
    const errors = validateCardText(card([
      { type: 'Fancy' },
      { type: 'Input.Text', id: 'a', label: 'A' },
      { type: 'Input.Text', id: 'a', label: 'A igjen' },
    ])).join('\n');
    assert.match(errors, /adaptivecards: UnknownElementType/);
    assert.match(errors, /adaptivecards: DuplicateId/);
  });

  test('A Teams chart element passes with a valid fallback, and is rejected without one or with a broken one', () => {
    const donut = { type: 'Chart.Donut', title: 'Levering', data: [{ legend: 'Levert', value: 3 }] };
    assert.deepEqual(validateCardText(card([{ ...donut, fallback: { type: 'FactSet', facts: [{ title: 'Levert', value: '3' }] } }])), []);
    assert.match(validateCardText(card([donut])).join('\n'), /Chart\.Donut at \$\.body\[0\] has no fallback element/);
    assert.match(validateCardText(card([{ ...donut, fallback: { type: 'Input.Text' } }])).join('\n'), /Input.Text .*has no (id|label)/);
    assert.match(validateCardText(card([{ type: 'Chart.Radar', data: [], fallback: text('x') }])).join('\n'), /UnknownElementType|not a chart type/);
  });

  test('An image without url and a button without title are rejected', () => {
    const errors = validateCardText(card([{ type: 'Image' }], { actions: [{ type: 'Action.Submit' }] })).join('\n');
    assert.match(errors, /Image at \$\.body\[0\] has no url/);
    assert.match(errors, /Action.Submit at \$\.actions\[0\] has no title/);
  });

  test('Something that is not an Adaptive Card is rejected', () => {
    assert.match(validateCardText('{"type":"MessageCard"}').join('\n'), /expected "AdaptiveCard"/);
    assert.match(validateCardText('{oops').join('\n'), /not JSON/);
  });

  test('The command line exits 1 and names the bad file', () => {
    const folder = makeTempDir('cards');
    try {
      fs.writeFileSync(path.join(folder.dir, 'good.json'), card([text('Hei')]));
      fs.writeFileSync(path.join(folder.dir, 'bad.json'), card([text('Hei')], { version: '1.7' }));
      const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'validate-cards.mjs'), folder.dir], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const results = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(results.map((r) => [r.file, r.ok]), [['bad.json', false], ['good.json', true]]);
    } finally {
      folder.remove();
    }
  });
});
