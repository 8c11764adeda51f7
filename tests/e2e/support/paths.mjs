import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(e2eDir, '..', '..');
export const artifactsDir = path.join(repoRoot, 'artifacts', 'e2e');

/** A fresh folder under the system temp directory, removed by the returned function. */
export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `skoleutvikling-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function ensureArtifactsDir() {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}
