// The Microsoft 365 Agents Playground (pinned npm package) as the Teams client, headless, on
// loopback, pointed at the bot, with the tenant/team/users of .m365agentsplayground.yml.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startProcess } from './processes.mjs';
import { e2eDir, makeTempDir } from './paths.mjs';

const STARTUP_TIMEOUT_MS = 60_000;
const require = createRequire(import.meta.url);

export const configPath = path.join(e2eDir, '.m365agentsplayground.yml');

/** The Playground's current user's Entra id from the config, for a bot that must know it before it starts. */
export function configuredCurrentUserAad() {
  const yaml = fs.readFileSync(configPath, 'utf8');
  const match = yaml.match(/^currentUser:\n(?:^[ ]+.*\n)*?^[ ]+aadObjectId:\s*(\S+)/m);
  if (!match) throw new Error(`no currentUser.aadObjectId in ${configPath}`);
  return match[1];
}

export async function startPlayground(botEndpoint) {
  let cli;
  try {
    cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    throw new Error('The Agents Playground is not installed (tests/e2e/node_modules is missing): run "npm ci" in tests/e2e, or "bash scripts/test.sh".');
  }

  if (!fs.existsSync(configPath)) {
    throw new Error(`The Playground config ${configPath} is missing.`);
  }

  const work = makeTempDir('e2e-playground');
  const playground = startProcess('Agents Playground', process.execPath, [
    '--require', path.join(e2eDir, 'support', 'loopback-only.cjs'),
    cli, 'start',
    '--app-endpoint', botEndpoint,
    '--channel-id', 'msteams',
    '--port', '0',
    '--disable-telemetry',
  ], {
    cwd: work.dir,
    env: {
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    },
  });

  try {
    const [, port] = await playground.waitForOutput(/Listening on (\d+)/, STARTUP_TIMEOUT_MS, 'its port');
    const baseUrl = `http://127.0.0.1:${port}`;
    const ping = await fetch(`${baseUrl}/_debug/ping`);
    const pong = await ping.text();
    if (ping.status !== 200 || pong !== 'pong') {
      throw new Error(`Agents Playground /_debug/ping answered ${ping.status} "${pong}".\n--- Playground output ---\n${playground.tail()}`);
    }

    const config = (await (await fetch(`${baseUrl}/_internal/v1/config`)).json()).config;
    return {
      baseUrl,
      wsUrl: `ws://127.0.0.1:${port}`,
      config,
      tail: playground.tail,
      async stop() {
        await playground.stop();
        work.remove();
      },
    };
  } catch (error) {
    await playground.stop();
    work.remove();
    throw error;
  }
}

/** POST to the Playground's internal API; throws with the body on a non-2xx answer. */
export async function postJson(baseUrl, pathAndQuery, body) {
  const response = await fetch(`${baseUrl}${pathAndQuery}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`POST ${pathAndQuery} answered ${response.status}: ${text}`);
  }

  return text ? JSON.parse(text) : null;
}

/**
 * Sends a file into a chat as Teams does (a message with a file download attachment). The Playground's
 * UI cannot attach files, so it goes in as a custom activity built from the chat's own template.
 */
export async function sendTeamsFile(baseUrl, conversationId, tenantId, { name, downloadUrl, uniqueId }) {
  const template = await (await fetch(`${baseUrl}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json();
  await postJson(baseUrl, '/_internal/v1/customActivities', {
    ...template,
    type: 'message',
    text: '',
    channelData: { tenant: { id: tenantId } },
    attachments: [{
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: `https://kommune.sharepoint.com/personal/kari/Documents/${encodeURIComponent(name)}`,
      name,
      content: { downloadUrl, uniqueId, fileType: name.split('.').at(-1) },
    }],
  });
}
