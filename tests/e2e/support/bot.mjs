// The real bot, as built by `dotnet build`, in development mode on a free loopback port over a
// SQLite file in a temp folder.
import fs from 'node:fs';
import path from 'node:path';
import { startProcess } from './processes.mjs';
import { makeTempDir, repoRoot } from './paths.mjs';

const STARTUP_TIMEOUT_MS = 60_000;

export function botDllPath() {
  const configuration = process.env.SKOLEUTVIKLING_CONFIGURATION || 'Debug';
  return path.join(repoRoot, 'src', 'Bot', 'bin', configuration, 'net10.0', 'SkoleUtvikling.Bot.dll');
}

/**
 * Starts the bot. `settings` are extra configuration keys ("DevelopmentClock:Start": "...");
 * `data` is a folder from makeTempDir to keep the SQLite file in (the caller removes it, so a second
 * bot can start on the same database); `port` 0 takes a free one, a number restarts on a known one.
 */
export async function startBot({ settings = {}, data: sharedData, port = 0 } = {}) {
  const dll = botDllPath();
  if (!fs.existsSync(dll)) {
    throw new Error(`The bot is not built: ${dll} is missing. Run "bash scripts/test.sh" or "dotnet build SkoleUtvikling.sln" first ` +
      '(set SKOLEUTVIKLING_CONFIGURATION=Release for a Release build).');
  }

  const data = sharedData ?? makeTempDir('e2e-bot');
  const removeData = sharedData ? () => {} : data.remove;
  const configuration = Object.fromEntries(Object.entries(settings).map(([key, value]) => [key.replaceAll(':', '__'), String(value)]));
  const bot = startProcess('bot', 'dotnet', [dll], {
    // The content root (appsettings.json) is the build output folder.
    cwd: path.dirname(dll),
    env: {
      Urls: `http://127.0.0.1:${port}`,
      // Development mode (no MicrosoftAppId) only starts on a developer's machine.
      ASPNETCORE_ENVIRONMENT: 'Development',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      Storage__Provider: 'Sqlite',
      Storage__ConnectionString: `Data Source=${path.join(data.dir, 'bot.db')}`,
      ...configuration,
    },
  });

  try {
    const [, baseUrl] = await bot.waitForOutput(/Now listening on: (http:\/\/127\.0\.0\.1:\d+)/, STARTUP_TIMEOUT_MS, 'its listening address');
    const health = await fetch(`${baseUrl}/healthz`);
    if (health.status !== 200) {
      throw new Error(`bot /healthz answered ${health.status}.\n--- bot output ---\n${bot.tail()}`);
    }

    return {
      baseUrl,
      port: Number(new URL(baseUrl).port),
      endpoint: `${baseUrl}/api/messages`,
      tail: bot.tail,
      output: bot.output,
      async stop() {
        await bot.stop();
        removeData();
      },
    };
  } catch (error) {
    await bot.stop();
    removeData();
    throw error;
  }
}
