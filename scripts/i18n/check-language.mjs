// npm run check:language <tag>
//
// A translator's own check of one language, as a volunteer can run it: no root, no PHP, no
// WordPress, Chromium only for the screenshots (skipped, with a note, when it is missing).
//   1. every point to fix in locales/<tag>.xlf: units not translated or marked for review,
//      placeholders, English left in, the term list, safety-critical units not final or
//      without a back-translation rated OK; then the verdict;
//   2. a preview page, preview/<tag>/index.html (open it in a browser: it works from the disk),
//      showing the guide and the checker in the language as it is now, unfinished or not;
//   3. screenshots in preview/<tag>/: the guide (whole, and in screen-sized parts), the
//      checker's first screen, and a result of each level (emergency, urgent, routine,
//      self-care), with the numbers of the language's main country (or the UK's, when the
//      widget has none for it) so the emergency boxes show a number. When the machine has no
//      font for the language, one is fetched into a cache folder first (scripts/i18n/fonts.mjs).
// Exit code 0 when the language has no problem left, 1 otherwise.
//   --no-screenshots   skip 3.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { build } from './build.mjs';
import { ensureFont } from './fonts.mjs';
import { path, readConfig } from './project.mjs';
import { printProblems, verdict } from './report.mjs';

/** Answers that give each result level (checked against the engine in test/node/i18n-tools.test.mjs). */
export const LEVEL_ANSWERS = {
  emergency: ['breathless'],
  urgent: [
    'onset-gradual',
    'swelling-one-leg',
    'recent-surgery-or-bed-rest',
    'duration-under-3-days',
    'trend-same',
  ],
  routine: ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks', 'trend-same'],
  'self-care': ['onset-after-exercise', 'duration-under-3-days', 'trend-better'],
};

const ALL_SECTIONS = 'get-help about check muscle nerves clot arteries other-causes sources';

/** The viewport of the screenshots: a laptop's window, about one screen of text. */
export const VIEWPORT = { width: 800, height: 1000 };

/**
 * The country whose numbers the preview shows by default: the language's main one (pl: PL,
 * ar: EG, zh-Hans: CN), as Unicode's likely-subtags data has it. The page falls back to the UK
 * when the widget has no numbers for it.
 */
export const likelyRegion = (tag) => new Intl.Locale(tag).maximize().region ?? 'GB';

/** Writes preview/<tag>/: the widget with every language built in, and a page showing one. */
export async function writePreview(language) {
  const dir = path(`preview/${language.tag}/`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    entryPoints: [path('src/index.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    conditions: ['production'],
    // package.json's sideEffects names the dist files only; the sources' imports are all needed.
    ignoreAnnotations: true,
    outfile: `${dir}preview.js`,
    // The page asks the widget's public emergencyNumberFor() which region it has numbers for.
    globalName: 'calfPainGuidePreview',
    tsconfig: path('tsconfig.json'),
    logLevel: 'warning',
  });
  const state = language.complete
    ? 'complete'
    : `${language.problems.length} point(s) to fix; English shows where a unit is not translated`;
  writeFileSync(
    `${dir}index.html`,
    `<!doctype html>
<html lang="${language.tag}" dir="${language.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${language.name} (${language.tag})</title>
<style>
  body { margin: 0 auto; padding: 1em; max-width: 50em; font-family: system-ui, sans-serif; }
  .preview-note { padding: 0.5em 1em; border: 2px dashed #888; }
</style>
</head>
<body>
<p class="preview-note" lang="en" dir="ltr">Preview of the ${language.name} translation (${state}).
It is built from locales/${language.tag}.xlf as it is now; readers see it only once it ships.
Phone numbers: <span id="region"></span>. For another country's, add its two-letter code to the
address, e.g. <code>?region=${likelyRegion(language.tag) === 'GB' ? 'IE' : 'GB'}</code>.</p>
<calf-pain-guide locale="${language.tag}" open="${ALL_SECTIONS}"></calf-pain-guide>
<script src="preview.js"></script>
<script>
  const asked = new URLSearchParams(location.search).get('region');
  const likely = '${likelyRegion(language.tag)}';
  const region =
    asked || (calfPainGuidePreview.emergencyNumberFor(likely) ? likely : 'GB');
  document.querySelector('calf-pain-guide').setAttribute('region', region);
  document.getElementById('region').textContent = asked
    ? region + ' (from the address)'
    : region + (region === likely ? ", the language's main country" : ' (the widget has no numbers for ' + likely + ')');
</script>
</body>
</html>
`,
  );
  return dir;
}

/** Screenshots of the preview page in Chromium: the guide, screen 1, one result per level. */
export async function takeScreenshots(dir, language) {
  const { findChromium, CHROMIUM_ARGS } = await import('../browsers.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    return 'Chromium not found: no screenshots (install chromium, or set CHROME_PATH).';
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const font = ensureFont(language.tag, language.name);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: font.env,
  });
  const files = [];
  let numbers;
  try {
    const page = await browser.newPage();
    await page.setViewport({ ...VIEWPORT, deviceScaleFactor: 1 });
    const open = async () => {
      await page.goto(pathToFileURL(`${dir}index.html`).href);
      await page.waitForFunction(() =>
        document
          .querySelector('calf-pain-guide')
          ?.shadowRoot?.querySelector('calf-pain-checker')
          ?.shadowRoot?.querySelector('fieldset'),
      );
    };
    const checker = () =>
      page.evaluateHandle(() =>
        document.querySelector('calf-pain-guide').shadowRoot.querySelector('calf-pain-checker'),
      );
    await open();
    numbers = await page.evaluate(() => {
      const guide = document.querySelector('calf-pain-guide');
      const number = guide.shadowRoot.querySelector('.number')?.textContent?.trim();
      return { region: guide.getAttribute('region'), number };
    });
    await page.screenshot({ path: `${dir}guide.png`, fullPage: true });
    files.push('guide.png');
    // The whole guide is one very tall picture: the same as a reader scrolls it, a screen at a
    // time (the last part ends at the bottom of the page, so it may repeat a little).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const parts = Math.ceil(height / VIEWPORT.height);
    for (let part = 0; part < parts; part++) {
      const y = Math.max(0, Math.min(part * VIEWPORT.height, height - VIEWPORT.height));
      await page.evaluate(
        (top) =>
          new Promise((resolve) => {
            window.scrollTo(0, top);
            window.requestAnimationFrame(() => resolve(undefined));
          }),
        y,
      );
      const file = `guide-${String(part + 1).padStart(2, '0')}.png`;
      await page.screenshot({ path: `${dir}${file}` });
      files.push(file);
    }
    await (await checker()).screenshot({ path: `${dir}checker-screen-1.png` });
    files.push('checker-screen-1.png');
    for (const [level, answers] of Object.entries(LEVEL_ANSWERS)) {
      await open();
      const shown = await page.evaluate(async (findings) => {
        const element = document
          .querySelector('calf-pain-guide')
          .shadowRoot.querySelector('calf-pain-checker');
        const frame = () => new Promise((resolve) => window.requestAnimationFrame(resolve));
        // Up to ten questions, then "Check your answers" (no options: its button shows the result).
        for (let step = 0; step < 14 && !element.shadowRoot.querySelector('.result'); step++) {
          const inputs = [...element.shadowRoot.querySelectorAll('input[id^="option-"]')];
          const mine = inputs.filter((input) => findings.includes(input.id.slice(7)));
          const none = inputs.find((input) => input.id === 'option-none');
          const picks = mine.length ? mine : [none ?? inputs.at(-1)].filter(Boolean);
          for (const input of picks) {
            if (!input.checked) input.click();
          }
          await element.updateComplete;
          element.shadowRoot.querySelector('button[type="submit"]').click();
          await element.updateComplete;
          await frame();
        }
        return element.shadowRoot.querySelector('.result') ? 'result' : 'no result';
      }, answers);
      if (shown !== 'result') throw new Error(`the checker gave no result for ${level}`);
      await (await checker()).screenshot({ path: `${dir}result-${level}.png` });
      files.push(`result-${level}.png`);
    }
  } finally {
    await browser.close();
  }
  const guideParts = files.filter((file) => /^guide-\d+\.png$/.test(file));
  const list = [
    'guide.png',
    guideParts.length > 1
      ? `${guideParts[0]} to ${guideParts.at(-1)} (the guide in ${guideParts.length} screen-sized parts)`
      : guideParts[0],
    ...files.filter((file) => !file.startsWith('guide')),
  ];
  const shown = numbers.number
    ? `${numbers.region}'s numbers (emergency: ${numbers.number})`
    : `no emergency number (region ${numbers.region})`;
  return [`Screenshots in preview/${language.tag}/, with ${shown}: ${list.join(', ')}.`, font.note]
    .filter(Boolean)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tag = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const config = readConfig();
  if (!tag) {
    console.error(
      `Usage: npm run check:language <tag>   (one of: ${config.targetLocales.join(', ')})`,
    );
    process.exit(2);
  }
  if (!config.targetLocales.includes(tag)) {
    console.error(`${tag} is not a language of lit-localize.json yet: npm run add-language ${tag}`);
    process.exit(2);
  }
  const status = await build({ quiet: true });
  const language = status.languages.find((each) => each.tag === tag);
  const safety = language.units?.filter((unit) => unit.safe).length ?? 0;
  console.log(
    `${language.name} (${tag}), locales/${tag}.xlf: ${status.messages.length} units, ${safety} of them safety-critical.`,
  );
  printProblems(language);
  const dir = await writePreview(language);
  console.log(`\nPreview: ${dir}index.html (open it in a browser).`);
  if (!process.argv.includes('--no-screenshots')) {
    console.log(await takeScreenshots(dir, language));
  }
  console.log(`\n${verdict(language)}`);
  process.exit(language.complete ? 0 : 1);
}
