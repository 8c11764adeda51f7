// The committed manifest template is valid once filled in, and the validator catches what
// Teams would refuse at upload.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { colorIcon, outlineIcon } from '../../manifest/tools/make-icons.mjs';
import { encodePng } from '../../manifest/tools/png.mjs';
import { makeTempDir, repoRoot } from './support/paths.mjs';
import { validateManifestFile } from './validate-manifest.mjs';

const manifestDir = path.join(repoRoot, 'manifest');
const APP_ID = '0c1a5f5e-7a52-4f39-9d6b-5b0e2f1a00b0';

describe('validate-manifest', () => {
  let folder;

  beforeEach(() => {
    folder = makeTempDir('manifest');
    for (const icon of ['color.png', 'outline.png']) fs.copyFileSync(path.join(manifestDir, icon), path.join(folder.dir, icon));
  });

  afterEach(() => folder.remove());

  const template = () => fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8');
  const filled = () => template()
    .replaceAll('${{MicrosoftAppId}}', APP_ID)
    .replaceAll('${{TeamsAppId}}', APP_ID)
    .replaceAll('${{AppVersion}}', '1.0.0')
    .replaceAll('${{PublisherUrl}}', 'https://skoleutvikling.example');
  const write = (text) => {
    const file = path.join(folder.dir, 'manifest.json');
    fs.writeFileSync(file, text);
    return file;
  };
  const edit = (change) => {
    const manifest = JSON.parse(filled());
    change(manifest);
    return write(JSON.stringify(manifest));
  };

  test('The filled-in manifest is valid against its official schema', () => {
    assert.deepEqual(validateManifestFile(write(filled())), []);
  });

  test('The manifest declares the bot in all three scopes with files, hjelp and the RSC permissions', () => {
    const manifest = JSON.parse(filled());
    const [bot] = manifest.bots;
    assert.deepEqual(bot.scopes.toSorted(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, true);
    assert.ok(bot.commandLists.every((list) => list.commands.some((c) => c.title === 'hjelp')));
    assert.deepEqual(manifest.authorization.permissions.resourceSpecific.map((p) => p.name).toSorted(),
      ['ChannelSettings.Read.Group', 'TeamMember.Read.Group']);
  });

  test('An unfilled placeholder is reported', () => {
    assert.match(validateManifestFile(write(template())).join('\n'), /placeholders left unfilled: .*MicrosoftAppId/);
  });

  test('A property the schema does not know is reported', () => {
    const errors = validateManifestFile(edit((m) => { m.bots[0].sendsCoffee = true; })).join('\n');
    assert.match(errors, /schema: \/bots\/0 must NOT have additional properties/);
  });

  test('A short description over 80 characters is reported', () => {
    const errors = validateManifestFile(edit((m) => { m.description.short = 'x'.repeat(81); })).join('\n');
    assert.match(errors, /schema: \/description\/short must NOT have more than 80 characters/);
  });

  test('An outline icon with the wrong size or a coloured pixel is reported', () => {
    const rgba = Buffer.alloc(16 * 16 * 4);
    rgba.set([255, 0, 0, 255], 0);
    fs.writeFileSync(path.join(folder.dir, 'outline.png'), encodePng(16, 16, rgba));
    const errors = validateManifestFile(write(filled())).join('\n');
    assert.match(errors, /outline.png is 16x16, must be 32x32/);
    assert.match(errors, /1 visible pixels that are not pure white/);
  });

  test('The committed icons are exactly what manifest/tools/make-icons.mjs draws', () => {
    assert.ok(fs.readFileSync(path.join(manifestDir, 'color.png')).equals(colorIcon()), 'color.png is stale: run node manifest/tools/make-icons.mjs');
    assert.ok(fs.readFileSync(path.join(manifestDir, 'outline.png')).equals(outlineIcon()), 'outline.png is stale: run node manifest/tools/make-icons.mjs');
  });

  test('A missing colour icon is reported', () => {
    fs.rmSync(path.join(folder.dir, 'color.png'));
    assert.match(validateManifestFile(write(filled())).join('\n'), /color.png does not exist/);
  });
});
