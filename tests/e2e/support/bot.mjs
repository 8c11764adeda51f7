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

export async function startBot() {
  const dll = botDllPath();
  if (!fs.existsSync(dll)) {
    throw new Error(`The bot is not built: ${dll} is missing. Run "bash scripts/test.sh" or "dotnet build SkoleUtvikling.sln" first ` +
      '(set SKOLEUTVIKLING_CONFIGURATION=Release for a Release build).');
  }

  const data = makeTempDir('e2e-bot');
  const bot = startProcess('bot', 'dotnet', [dll], {
    // The content root (appsettings.json) is the build output folder.
    cwd: path.dirname(dll),
    env: {
      Urls: 'http://127.0.0.1:0',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      Storage__Provider: 'Sqlite',
      Storage__ConnectionString: `Data Source=${path.join(data.dir, 'bot.db')}`,
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
      endpoint: `${baseUrl}/api/messages`,
      tail: bot.tail,
      async stop() {
        await bot.stop();
        data.remove();
      },
    };
  } catch (error) {
    await bot.stop();
    data.remove();
    throw error;
  }
}
