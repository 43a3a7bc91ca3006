// Frame benchmark: the production build in Chromium, a 1,000-task service on each side rolling
// out a new revision at a fixed speed, with requestAnimationFrame intervals recorded in the page.
// Also prints the gzip size of the main-thread JavaScript. Run with `npm run bench` (after the
// simulation bench); figures go in docs/performance.md.
//
// It builds into a directory of its own and serves it on a free port, so it never touches
// dist/ or port 4173, which the Playwright suite uses. The server and the browser are stopped on
// every path out, and a watchdog ends the run if anything hangs.
//
// Settings (environment): FRAMES_TASKS (1000), FRAMES_SPEED (8), FRAMES_SECONDS (10),
// FRAMES_RUNS (3), FRAMES_VIEWPORT ("1920x1080"), CHROMIUM_PATH (/usr/bin/chromium), and
// FRAMES_DIST: a directory with a build to measure instead of building this checkout (to compare
// with an older build; it is left as it is).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { require as requireTs } from 'tsx/cjs/api';
import type { encodeShareUrl as EncodeShareUrl } from '../src/share/scenarioUrl';

// The app's own share-link codec builds the scenario URL. It is loaded as CommonJS because Node's
// ESM loader cannot see lz-string's named exports (a UMD bundle); Vite and Vitest can.
const { encodeShareUrl } = requireTs('../src/share/scenarioUrl.ts', import.meta.url) as { encodeShareUrl: typeof EncodeShareUrl };

const TASKS = Number(process.env.FRAMES_TASKS ?? 1000);
const SPEED = Number(process.env.FRAMES_SPEED ?? 8);
const SECONDS = Number(process.env.FRAMES_SECONDS ?? 10);
const RUNS = Number(process.env.FRAMES_RUNS ?? 3);
const [WIDTH, HEIGHT] = (process.env.FRAMES_VIEWPORT ?? '1920x1080').split('x').map(Number);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PREBUILT = process.env.FRAMES_DIST;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Everything (build, server, every run) must be done by then, or the run is abandoned. */
const WATCHDOG_MS = 120_000 + RUNS * (SECONDS * 1000 + 60_000);
/** A frame this much longer than a 60 Hz frame means at least one frame was dropped. */
const DROPPED_MS = 1.5 * (1000 / 60);

interface FrameRecord {
  intervals: number[];
  /** Long animation frames (over 50 ms) the browser reported, with their durations. */
  longFrames: number[];
}

interface RunResult {
  /** Names of the JavaScript files the page fetched (entry, lazy chunks, worker). */
  scripts: string[];
  medianMs: number;
  p95Ms: number;
  fps: number;
  dropped: number;
  longFrames: number;
  worstMs: number;
  simulated: { from: number; to: number };
  marks: string;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const median = (values: readonly number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** The preview server runs in its own process group, so stopping it also stops anything it started. */
function stopServer(server: ChildProcess | null): void {
  if (server?.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function build(outDir: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`vite build failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** Gzip sizes of the built JavaScript: the entry chunk, chunks it loads later, and the worker. */
function bundleSizes(outDir: string): { name: string; bytes: number; gzip: number }[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const code = readFileSync(join(assets, name));
      return { name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * In the page: every requestAnimationFrame interval and every long animation frame (Chromium
 * 123+) for `ms`. Plain JavaScript in a string: tsx would wrap named functions in a helper
 * (`__name`) that does not exist in the page.
 */
const RECORD_FRAMES = `(ms) => new Promise((resolve) => {
  const intervals = [];
  const longFrames = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longFrames.push(entry.duration); });
  try { observer.observe({ type: 'long-animation-frame' }); } catch { /* intervals only */ }
  let start = -1;
  let last = -1;
  requestAnimationFrame(function tick(now) {
    if (start < 0) start = now; else intervals.push(now - last);
    last = now;
    if (now - start < ms) requestAnimationFrame(tick);
    else { observer.disconnect(); resolve({ intervals, longFrames }); }
  });
})`;

/** Simulated seconds in the address bar (useUrlSync writes `t=` while playing). */
const simulatedTime = (page: Page) => page.evaluate(() => Number(/[#&]t=([\d.]+)/.exec(location.hash)?.[1] ?? Number.NaN));

/** What the rollout panel drew: SVG marks, or the per-group counts of the canvas layer. */
const drawnMarks = (page: Page) =>
  page.evaluate(() => {
    const svgMarks = document.querySelectorAll('[data-panel="rollout"] [data-layer="units"] rect').length;
    const groups = [...document.querySelectorAll<SVGElement>('[data-panel="rollout"] .iso-group[data-count]')];
    const counted = groups.reduce((sum, g) => sum + Number(g.dataset.count), 0);
    return counted > 0 ? `${counted} on canvas in ${groups.length} groups` : `${svgMarks} SVG rects`;
  });

async function measureOnce(browser: Browser, url: string): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  const scripts = new Set<string>();
  try {
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.js')) scripts.add(name);
    });
    await page.goto(url);
    const deploy = page.locator('button.deploy');
    await deploy.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    await page.selectOption('.speed select', String(SPEED));
    await deploy.click();
    // Two ECS deployments on screen: the new revision is registered and rolling out.
    await page.locator('[data-panel="rollout"] .iso-group[data-deployment]').nth(1).waitFor({ timeout: 60_000 });
    await page.locator('button.play').click();
    const from = await simulatedTime(page);
    const record = (await page.evaluate(`(${RECORD_FRAMES})(${SECONDS * 1000})`)) as FrameRecord;
    await page.locator('button.play').click();
    const marks = await drawnMarks(page);
    // The address follows the pause within 250 ms.
    await page.waitForTimeout(500);
    const to = await simulatedTime(page);
    const sorted = [...record.intervals].sort((a, b) => a - b);
    const total = record.intervals.reduce((sum, v) => sum + v, 0);
    return {
      scripts: [...scripts],
      medianMs: quantile(sorted, 0.5),
      p95Ms: quantile(sorted, 0.95),
      fps: (1000 * record.intervals.length) / total,
      dropped: record.intervals.filter((v) => v > DROPPED_MS).length,
      longFrames: record.longFrames.length,
      worstMs: sorted[sorted.length - 1],
      simulated: { from, to },
      marks,
    };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const outDir = PREBUILT ?? mkdtempSync(join(tmpdir(), 'isomorph-frames-'));
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  const watchdog = setTimeout(() => {
    console.error(`frames bench: still running after ${WATCHDOG_MS} ms, giving up`);
    stopServer(server);
    void browser?.close();
    process.exit(1);
  }, WATCHDOG_MS);
  try {
    if (PREBUILT === undefined) build(outDir);
    const sizes = bundleSizes(outDir);
    // Needed before the first paint: the entry chunk and the chunks index.html modulepreloads
    // (the ones the entry imports statically); everything else loads when first needed.
    const preloaded = new Set([...readFileSync(join(outDir, 'index.html'), 'utf8').matchAll(/modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]));
    const entry = sizes.filter((s) => /^index-.*\.js$/.test(s.name) || preloaded.has(s.name));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/`;
    server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      detached: true,
      stdio: 'ignore',
    });
    await waitForServer(base, server, 30_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const url = encodeShareUrl({ input: { service: { desiredCount: TASKS } }, timeline: [], lesson: null, locale: 'en', time: 0 }, base);
    const runs: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, url));

    console.log(`\nRollout panel frames: ${TASKS} tasks per side, ${SPEED}× speed, ${SECONDS} s per run, ${WIDTH}×${HEIGHT}, Chromium ${browser.version()} (software rendering)`);
    console.log('run | median ms | p95 ms | fps | dropped (>25 ms) | long frames (>50 ms) | worst ms | simulated s | marks');
    for (const [i, r] of runs.entries()) {
      console.log(
        `${i + 1} | ${r.medianMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.fps.toFixed(1)} | ${r.dropped} | ${r.longFrames} | ${r.worstMs.toFixed(0)} | ${r.simulated.from}→${r.simulated.to} | ${r.marks}`,
      );
    }
    console.log(
      `median of ${RUNS} runs | ${median(runs.map((r) => r.medianMs)).toFixed(1)} | ${median(runs.map((r) => r.p95Ms)).toFixed(1)} | ${median(runs.map((r) => r.fps)).toFixed(1)} | ${median(runs.map((r) => r.dropped))} | ${median(runs.map((r) => r.longFrames))}`,
    );
    // Main-thread JavaScript: the entry chunk must load before the first paint; lazy chunks load
    // when first needed (the lessons on a first visit, the link codec for a shared link).
    const loaded = new Set(runs.flatMap((r) => r.scripts));
    const mainThread = sizes.filter((s) => !s.name.startsWith('simulation.worker'));
    console.log('\nBuilt JavaScript (gzip -9, node:zlib; kB = 1,000 bytes); * = fetched by the page in this run');
    for (const s of sizes) console.log(`${loaded.has(s.name) ? '*' : ' '} ${s.name} | ${kb(s.bytes)} kB | gzip ${kb(s.gzip)} kB`);
    console.log(`main-thread entry (index-*.js and its modulepreloads: ${entry.map((s) => s.name).join(', ')}), needed for the first paint: gzip ${kb(entry.reduce((sum, s) => sum + s.gzip, 0))} kB`);
    console.log(`main-thread JavaScript this run fetched (entry + lazy chunks): gzip ${kb(mainThread.filter((s) => loaded.has(s.name)).reduce((sum, s) => sum + s.gzip, 0))} kB`);
    console.log(`all main-thread chunks: gzip ${kb(mainThread.reduce((sum, s) => sum + s.gzip, 0))} kB`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close();
    stopServer(server);
    if (PREBUILT === undefined) rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
