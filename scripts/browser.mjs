/* global fetch, setTimeout */
// Shared by the screenshot and benchmark scripts: launch Debian's Chromium headless with WebGL through SwiftShader,
// and serve the production build with `vite preview` on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// the scripts start Vite themselves: keep its notice about a future config loader out of their output
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

/** Headless Chromium with WebGL2 through SwiftShader and a quiet log (toolchain.md); the tests read the same file. */
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);

export async function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}: sudo apt-get install -y chromium`);
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Builds (unless told not to) and serves dist/ on a local port; resolves with the base URL and a stop function. */
export async function servePreview(basePort = 4174, { build = true } = {}) {
  // PA_PORT_OFFSET moves every port, so that several checkouts can run their scripts side by side
  const port = basePort + Number(process.env.PA_PORT_OFFSET ?? 0);
  if (build) await run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  const server = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, stop: () => server.kill('SIGTERM') };
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit' });
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Waits for the app's ready signal (body and visible layers drawn). */
export async function waitReady(page, timeout = 90_000) {
  await page.waitForSelector('#root[data-ready="true"]', { timeout });
}
