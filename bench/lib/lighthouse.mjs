// Lighthouse 12.2.3 on the demo page. It lives in bench/lighthouse/ with its own lock file
// (13 needs Node 22, and it brings its own puppeteer-core); installed there with `npm ci` the
// first time the bench needs it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';
import { summary } from './stats.mjs';

const run = promisify(execFile);
const FOLDER = fileURLToPath(new URL('../lighthouse/', import.meta.url));
const CLI = join(FOLDER, 'node_modules/.bin/lighthouse');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'FCP (ms)',
  'largest-contentful-paint': 'LCP (ms)',
  'total-blocking-time': 'TBT (ms)',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed index (ms)',
};

async function ensureLighthouse() {
  if (existsSync(CLI)) return;
  console.log('Installing Lighthouse into bench/lighthouse/ (npm ci)…');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: FOLDER, env: process.env });
}

/**
 * Runs Lighthouse `runs` times (mobile preset, simulated throttling: its defaults) and reports
 * the median of each category score and metric, with the audits that did not score fully.
 */
export async function measureLighthouse(url, runs) {
  await ensureLighthouse();
  const folder = await mkdtemp(join(tmpdir(), 'cpg-lighthouse-'));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, []]));
  const metrics = Object.fromEntries(Object.keys(METRICS).map((id) => [id, []]));
  const failing = new Map();
  let version = '';
  try {
    for (let i = 0; i < runs; i++) {
      const output = join(folder, `run-${i}.json`);
      await run(
        CLI,
        [
          url,
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(await readFile(output, 'utf8'));
      version = report.lighthouseVersion;
      if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
      for (const id of CATEGORIES) scores[id].push(Math.round(report.categories[id].score * 100));
      for (const id of Object.keys(METRICS)) metrics[id].push(report.audits[id].numericValue);
      for (const id of CATEGORIES) {
        for (const { id: auditId } of report.categories[id].auditRefs) {
          const audit = report.audits[auditId];
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
            failing.set(auditId, audit.title);
          }
        }
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return {
    version,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, summary(scores[id])])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([id, label]) => [id, { label, ...summary(metrics[id]) }]),
    ),
    notFullScore: [...failing].map(([id, title]) => ({ id, title })),
  };
}
