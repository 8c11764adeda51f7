// Debian's Chromium driven by playwright-core. Never a downloaded browser; no traffic leaves loopback.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { makeTempDir } from './paths.mjs';

export const chromiumPath = process.env.SKOLEUTVIKLING_CHROMIUM || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google, which this network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isLoopbackUrl(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname);
}

/** A browser context (Norwegian locale, Oslo time) whose close() also removes its profile folder. */
export async function launchChromium() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package ("apt-get install chromium"; bash scripts/test.sh does it).`);
  }

  const profile = makeTempDir('e2e-chromium');
  let context;
  try {
    context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: chromiumPath,
      headless: true,
      args: FLAGS,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      viewport: { width: 1400, height: 1000 },
      timeout: 60_000,
    });
  } catch (error) {
    profile.remove();
    throw new Error(`Chromium (${chromiumPath}) could not be started: ${error.message}`);
  }

  // The Playground page asks a CDN for fonts; nothing may leave the machine.
  await context.route((url) => !isLoopbackUrl(url.href), (route) => route.abort('blockedbyclient'));
  return {
    context,
    async close() {
      await context.close();
      profile.remove();
    },
  };
}
