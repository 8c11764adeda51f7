// Draws the app icons (manifest/color.png 192x192, manifest/outline.png 32x32) from a few shapes:
// an open book with an upward arrow, for school-based development. Deterministic: same bytes on
// every run, so the committed PNGs can be regenerated and compared.
//
//   node manifest/tools/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const manifestDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACCENT = [0x1f, 0x5f, 0xad]; // #1F5FAD, also the manifest's accentColor
const SUPERSAMPLING = 8;

// The symbol in unit coordinates (0..1 both ways, y down): convex polygons.
const SYMBOL = [
  // left and right page of the open book
  [[0.04, 0.52], [0.47, 0.62], [0.47, 0.96], [0.04, 0.86]],
  [[0.53, 0.62], [0.96, 0.52], [0.96, 0.86], [0.53, 0.96]],
  // arrow: stem and head
  [[0.43, 0.30], [0.57, 0.30], [0.57, 0.56], [0.43, 0.56]],
  [[0.24, 0.34], [0.50, 0.04], [0.76, 0.34]],
];

function insideConvex(polygon, x, y) {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i];
    const [x2, y2] = polygon[(i + 1) % polygon.length];
    const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    if (cross !== 0) {
      if (sign !== 0 && Math.sign(cross) !== sign) return false;
      sign = Math.sign(cross);
    }
  }

  return true;
}

/** Fraction (0..1) of the pixel covered by the symbol drawn into the square box at (left, top). */
function coverage(px, py, left, top, size) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLING - left) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLING - top) / size;
      if (SYMBOL.some((polygon) => insideConvex(polygon, x, y))) hits++;
    }
  }

  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

/** 192x192, accent background, white symbol in the central 96x96 (48 px padding, as Teams asks). */
export function colorIcon() {
  const size = 192;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, 48, 48, 96);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(ACCENT[c] * (1 - a) + 255 * a);
      rgba[i + 3] = 255;
    }
  }

  return encodePng(size, size, rgba);
}

/** 32x32, pure white symbol on full transparency; coverage goes into alpha only. */
export function outlineIcon() {
  const size = 32;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(x, y, 2, 2, 28) * 255);
      const i = (y * size + x) * 4;
      if (alpha > 0) rgba.fill(255, i, i + 3);
      rgba[i + 3] = alpha;
    }
  }

  return encodePng(size, size, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(path.join(manifestDir, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(manifestDir, 'outline.png'), outlineIcon());
  console.log(`wrote ${path.join(manifestDir, 'color.png')} and outline.png`);
}
