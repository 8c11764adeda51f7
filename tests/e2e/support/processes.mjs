// Child processes for the end-to-end tests: each in its own process group, output kept for
// diagnostics, and killed (group and all) when stopped or when the test process exits.
import { spawn } from 'node:child_process';

const MAX_OUTPUT_CHARS = 200_000;
const running = new Set();

// Last line of defence: a test that crashes must not leave a bot or a Playground behind.
process.on('exit', () => {
  for (const child of running) {
    signalGroup(child, 'SIGKILL');
  }
});

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts `command args` in a new process group. The returned handle can wait for a line of
 * output matching a pattern, and stop the whole group.
 */
export function startProcess(name, command, args, { cwd, env } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);

  let output = '';
  const listeners = new Set();
  const append = (chunk) => {
    output += chunk.toString();
    if (output.length > MAX_OUTPUT_CHARS) {
      output = output.slice(-MAX_OUTPUT_CHARS);
    }
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);

  let exitInfo = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      running.delete(child);
      for (const listener of listeners) listener();
      resolve(exitInfo);
    });
    child.on('error', (error) => {
      exitInfo = { code: null, signal: null, error };
      running.delete(child);
      for (const listener of listeners) listener();
      resolve(exitInfo);
    });
  });

  const tail = (chars = 4000) => output.slice(-chars);

  return {
    name,
    pid: child.pid,
    output: () => output,
    tail,

    /** Resolves with the first match of `pattern` in the output; rejects on exit or deadline. */
    waitForOutput(pattern, timeoutMs, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            done();
            resolve(match);
          } else if (exitInfo) {
            done();
            const why = exitInfo.error ? `could not be started (${exitInfo.error.message})` : `exited with code ${exitInfo.code} signal ${exitInfo.signal}`;
            reject(new Error(`${name} ${why} before ${what}.\n--- ${name} output ---\n${tail()}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${name} did not report ${what} within ${timeoutMs} ms.\n--- ${name} output ---\n${tail()}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },

    /** SIGTERM to the group, SIGKILL if it is still there after the grace period. */
    async stop(graceMs = 5000) {
      if (exitInfo) return exitInfo;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      const info = await exited;
      clearTimeout(timer);
      return info;
    },
  };
}

/** Runs cleanup steps in reverse order; every step runs even if an earlier one throws. */
export class Cleanup {
  #steps = [];

  add(step) {
    this.#steps.push(step);
  }

  async run() {
    const errors = [];
    for (const step of this.#steps.reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    this.#steps = [];
    if (errors.length > 0) {
      throw new AggregateError(errors, 'cleanup failed');
    }
  }
}
