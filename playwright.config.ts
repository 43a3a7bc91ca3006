// End-to-end tests run against the production build in Chromium. The browser is found on the
// machine (CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own if installed):
// this project never downloads one.
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright's own browser is not installed; fall through to the message below.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install chromium` ' +
      '(or `npx playwright install chromium` where downloads are allowed), or set CHROMIUM_PATH.',
  );
}

const port = 4173;

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two workers: this machine has two cores, and the preview server and the workers share them.
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The specs read English on a first visit; i18n.spec.ts opens a Japanese browser on purpose.
    locale: 'en-US',
    // D3 transitions run with duration 0, so assertions never wait on motion.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
