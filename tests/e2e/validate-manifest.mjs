// Validates a Teams app manifest offline: against Microsoft's official JSON schema for its
// manifestVersion (shipped in npm @microsoft/app-manifest, since the schema URL is not reachable
// from CI), plus the icon rules (protocol.md §7) and leftover placeholders.
//
//   node validate-manifest.mjs <manifest.json>     icons are looked up beside the manifest
//
// Prints the problems and exits 1 if there are any.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { decodePng } from '../../manifest/tools/png.mjs';

const require = createRequire(import.meta.url);

export function schemaFor(manifestVersion) {
  if (!/^\d+\.\d+$|^devPreview$/.test(String(manifestVersion))) {
    throw new Error(`manifestVersion "${manifestVersion}" is not like "1.30"`);
  }

  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  try {
    return require(`@microsoft/app-manifest/build/json-schemas/teams/${folder}/MicrosoftTeams.schema.json`);
  } catch {
    throw new Error(`@microsoft/app-manifest has no schema for manifestVersion ${manifestVersion}`);
  }
}

function schemaErrors(manifest) {
  const schema = schemaFor(manifest.manifestVersion);
  // Microsoft's schemas are draft-04 and use a few keywords ajv does not know in strict mode.
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

function iconErrors(manifest, folder) {
  const errors = [];
  const rules = [
    { key: 'color', size: 192 },
    { key: 'outline', size: 32, whiteOnTransparent: true },
    { key: 'color32x32', size: 32, optional: true },
  ];
  for (const rule of rules) {
    const relative = manifest.icons?.[rule.key];
    if (!relative) {
      if (!rule.optional) errors.push(`icons.${rule.key} is missing`);
      continue;
    }

    const file = path.join(folder, relative);
    if (!fs.existsSync(file)) {
      errors.push(`icons.${rule.key}: ${relative} does not exist beside the manifest`);
      continue;
    }

    let png;
    try {
      png = decodePng(fs.readFileSync(file));
    } catch (error) {
      errors.push(`icons.${rule.key}: ${relative}: ${error.message}`);
      continue;
    }

    if (png.width !== rule.size || png.height !== rule.size) {
      errors.push(`icons.${rule.key}: ${relative} is ${png.width}x${png.height}, must be ${rule.size}x${rule.size}`);
    }

    if (rule.whiteOnTransparent) errors.push(...outlineErrors(`icons.${rule.key}: ${relative}`, png));
  }

  return errors;
}

function outlineErrors(what, png) {
  if (png.colorType !== 6 || !png.rgba) return [`${what} must be an 8-bit RGBA PNG (white on transparent)`];
  let transparent = 0;
  let opaque = 0;
  let coloured = 0;
  for (let i = 0; i < png.rgba.length; i += 4) {
    const alpha = png.rgba[i + 3];
    if (alpha === 0) transparent++;
    if (alpha === 255) opaque++;
    if (alpha > 0 && (png.rgba[i] !== 255 || png.rgba[i + 1] !== 255 || png.rgba[i + 2] !== 255)) coloured++;
  }

  const errors = [];
  if (coloured > 0) errors.push(`${what} has ${coloured} visible pixels that are not pure white`);
  if (transparent === 0) errors.push(`${what} has no transparent background`);
  if (opaque === 0) errors.push(`${what} has no solid white symbol`);
  return errors;
}

/** All problems of the manifest file (and its icons); an empty array means valid. */
export function validateManifestFile(manifestPath) {
  const text = fs.readFileSync(manifestPath, 'utf8');
  const placeholders = text.match(/\$\{\{[^}]*\}\}/g);
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${error.message}`];
  }

  const errors = [];
  if (placeholders) errors.push(`placeholders left unfilled: ${[...new Set(placeholders)].join(', ')}`);
  try {
    errors.push(...schemaErrors(manifest));
  } catch (error) {
    errors.push(error.message);
  }

  errors.push(...iconErrors(manifest, path.dirname(manifestPath)));
  return errors;
}

function main(args) {
  const [manifestPath] = args;
  if (!manifestPath || !fs.existsSync(manifestPath)) {
    console.error('usage: node validate-manifest.mjs <manifest.json>');
    return 2;
  }

  const errors = validateManifestFile(manifestPath);
  for (const error of errors) console.error(`  ${error}`);
  console.error(errors.length === 0 ? `${manifestPath}: valid` : `${manifestPath}: ${errors.length} problem(s)`);
  return errors.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
