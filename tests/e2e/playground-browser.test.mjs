// What a person sees: the Agents Playground's web page in headless Chromium, talking to the real bot.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { startBot } from './support/bot.mjs';
import { launchChromium } from './support/chromium.mjs';
import { ensureArtifactsDir } from './support/paths.mjs';
import { startPlayground } from './support/playground.mjs';
import { Cleanup } from './support/processes.mjs';

// src/Cards/Help/HelpCardTexts.cs and src/Bot/Features/Installation/InstallationTexts.cs
const HELP_TITLE = 'SkoleUtvikling – hjelp';
const PERSONAL_WELCOME_START = 'Hei! Jeg er';
const UI_TIMEOUT_MS = 30_000;

test('Typing hjelp in the personal chat shows the Norwegian help card', { timeout: 180_000 }, async (t) => {
  const cleanup = new Cleanup();
  t.after(() => cleanup.run());

  const bot = await startBot();
  cleanup.add(() => bot.stop());
  const playground = await startPlayground(bot.endpoint);
  cleanup.add(() => playground.stop());
  const browser = await launchChromium();
  cleanup.add(() => browser.close());

  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  const artifacts = ensureArtifactsDir();
  try {
    await page.goto(playground.baseUrl, { timeout: UI_TIMEOUT_MS });

    // Opening the page installs the app in the personal chat; the bot greets once.
    await page.getByText(PERSONAL_WELCOME_START).first().waitFor({ timeout: UI_TIMEOUT_MS });

    const editor = page.locator('[data-lexical-editor="true"]');
    await editor.click({ timeout: UI_TIMEOUT_MS });
    await editor.pressSequentially('hjelp');
    await editor.press('Enter');

    const card = page.locator('.ac-adaptiveCard').filter({ hasText: HELP_TITLE });
    await card.waitFor({ timeout: UI_TIMEOUT_MS });
    assert.equal(await card.count(), 1, 'exactly one help card is shown');
    const text = await card.innerText();
    assert.match(text, /Kommandoer/, 'the card lists the commands');
    assert.match(text, /Viser denne oversikten\./, 'the hjelp command is described');
    assert.doesNotMatch(text, /For ledere/, 'a teacher does not see the leader section');

    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'help-card.png') });
  } catch (error) {
    await page.screenshot({ path: path.join(artifacts, 'help-card-failure.png') }).catch(() => {});
    error.message += `\n--- bot output ---\n${bot.tail()}\n--- Playground output ---\n${playground.tail()}`;
    throw error;
  }
});
