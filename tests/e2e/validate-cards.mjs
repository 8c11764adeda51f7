// Validates Adaptive Card JSON files with the official JavaScript library (npm adaptivecards)
// plus the rules Teams and we add (protocol.md §4).
//
//   node validate-cards.mjs <folder>      every *.json file in the folder is one card
//
// Prints one JSON line per card ({"file","ok","errors"}) and exits 1 if any card failed,
// 2 on bad usage (missing or empty folder).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package's bare entry point fails in Node (ERR_MODULE_NOT_FOUND); its UMD bundle loads.
const AC = require('adaptivecards/dist/adaptivecards.js');

export const MAX_VERSION = '1.5';
export const MAX_BYTES = 28 * 1024;

// Teams renders these chart elements in bot cards (protocol.md §4); adaptivecards 3.0.6 does not know
// them and reports UnknownElementType ("Fallback will be used if present"), then parses and validates the
// fallback. So: that one event is accepted for these types only, and our rules demand an element fallback.
export const TEAMS_CHARTS = ['Chart.Donut', 'Chart.Pie', 'Chart.Gauge', 'Chart.VerticalBar', 'Chart.VerticalBar.Grouped',
  'Chart.HorizontalBar', 'Chart.HorizontalBar.Stacked', 'Chart.Line'];

function isTeamsChartEvent(event) {
  return event.event === AC.ValidationEvent.UnknownElementType
    && TEAMS_CHARTS.some((type) => event.message.includes(`"${type}"`));
}

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)$/.exec(String(text ?? ''));
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function versionAtMost(version, max) {
  const [a, b] = parseVersion(version);
  const [c, d] = parseVersion(max);
  return a < c || (a === c && b <= d);
}

/** Every element and action in the card, with a JSON-path-like location. */
function* walk(node, where) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], `${where}[${i}]`);
    return;
  }

  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string') yield { node, where };
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'object') yield* walk(value, `${where}.${key}`);
  }
}

function ourRules(card) {
  const errors = [];
  for (const { node, where } of walk(card, '$')) {
    const what = `${node.type} at ${where}`;
    if (node.type.startsWith('Input.')) {
      if (typeof node.id !== 'string' || node.id.trim() === '') errors.push(`${what} has no id`);
      if (typeof node.label !== 'string' || node.label.trim() === '') errors.push(`${what} has no label`);
    }

    if (node.type.startsWith('Chart.')) {
      if (!TEAMS_CHARTS.includes(node.type)) errors.push(`${what} is not a chart type Teams renders`);
      if (!Array.isArray(node.data)) errors.push(`${what} has no data array`);
      if (typeof node.fallback !== 'object' || node.fallback === null || typeof node.fallback.type !== 'string') {
        errors.push(`${what} has no fallback element for clients without charts`);
      }
    }

    // The library accepts these, Teams renders them broken.
    if (node.type === 'Image' && !node.url) errors.push(`${what} has no url`);
    // A selectAction is a click target without a button, so it needs no title.
    if (node.type.startsWith('Action.') && !where.endsWith('.selectAction') && !node.title) {
      errors.push(`${what} has no title`);
    }
  }

  return errors;
}

function libraryRules(card) {
  const errors = [];
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (event.event !== AC.ValidationEvent.Hint && !isTeamsChartEvent(event)) {
      errors.push(`adaptivecards: ${AC.ValidationEvent[event.event]}: ${event.message}`);
    }
  }

  for (const event of adaptiveCard.validateProperties().validationEvents) {
    if (event.event !== AC.ValidationEvent.Hint) {
      errors.push(`adaptivecards: ${AC.ValidationEvent[event.event]}: ${event.message}`);
    }
  }

  return errors;
}

/** All problems of one card given as JSON text; an empty array means valid. */
export function validateCardText(text) {
  let card;
  try {
    card = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${error.message}`];
  }

  const errors = [];
  if (card?.type !== 'AdaptiveCard') errors.push(`type is "${card?.type}", expected "AdaptiveCard"`);
  if (!parseVersion(card?.version)) {
    errors.push(`version "${card?.version}" is not "major.minor"`);
  } else if (!versionAtMost(card.version, MAX_VERSION)) {
    errors.push(`version ${card.version} is above ${MAX_VERSION}, the newest Teams renders for bots`);
  }

  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes > MAX_BYTES) errors.push(`card is ${bytes} bytes, above the ${MAX_BYTES}-byte budget`);
  if (errors.length > 0 && card?.type !== 'AdaptiveCard') return errors;

  return [...errors, ...libraryRules(card), ...ourRules(card)];
}

export function validateFolder(folder) {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const errors = validateCardText(fs.readFileSync(path.join(folder, file), 'utf8'));
    return { file, ok: errors.length === 0, errors };
  });
}

function main(args) {
  const [folder] = args;
  if (!folder || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    console.error('usage: node validate-cards.mjs <folder with one card per *.json file>');
    return 2;
  }

  const results = validateFolder(folder);
  if (results.length === 0) {
    console.error(`no *.json cards in ${folder}`);
    return 2;
  }

  for (const result of results) console.log(JSON.stringify(result));
  const failed = results.filter((r) => !r.ok).length;
  console.error(`${results.length - failed} cards valid, ${failed} invalid`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
