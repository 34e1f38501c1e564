// npm run check:language <tag>
//
// A translator's own check of one language, as a volunteer can run it: no root, no PHP, no
// WordPress, Chromium only for the screenshots (skipped, with a note, when it is missing).
//   1. every point to fix in locales/<tag>.xlf: units not translated or marked for review,
//      placeholders, English left in, the term list, safety-critical units not final or
//      without a back-translation rated OK; then the verdict;
//   2. a preview page, preview/<tag>/index.html (open it in a browser: it works from the disk),
//      showing the guide and the checker in the language as it is now, unfinished or not;
//   3. screenshots in preview/<tag>/: the guide, the checker's first screen, and a result of
//      each level (emergency, urgent, routine, self-care).
// Exit code 0 when the language has no problem left, 1 otherwise.
//   --no-screenshots   skip 3.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { build } from './build.mjs';
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
Add <code>?region=GB</code> (or another country code) to the address for that country's numbers.</p>
<calf-pain-guide locale="${language.tag}" open="${ALL_SECTIONS}"></calf-pain-guide>
<script>
  const region = new URLSearchParams(location.search).get('region');
  if (region) document.querySelector('calf-pain-guide').setAttribute('region', region);
</script>
<script src="preview.js"></script>
</body>
</html>
`,
  );
  return dir;
}

/** The fonts installed for a language, when fontconfig can say; undefined when it cannot. */
function fontsFor(tag) {
  try {
    const language = new Intl.Locale(tag).language;
    return execFileSync('fc-list', [`:lang=${language}`, 'family'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Screenshots of the preview page in Chromium: the guide, screen 1, one result per level. */
export async function takeScreenshots(dir, language) {
  const { findChromium, CHROMIUM_ARGS } = await import('../browsers.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    return 'Chromium not found: no screenshots (install chromium, or set CHROME_PATH).';
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const files = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 800, height: 1000, deviceScaleFactor: 1 });
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
    await page.screenshot({ path: `${dir}guide.png`, fullPage: true });
    files.push('guide.png');
    await (await checker()).screenshot({ path: `${dir}checker-screen-1.png` });
    files.push('checker-screen-1.png');
    for (const [level, answers] of Object.entries(LEVEL_ANSWERS)) {
      await open();
      const shown = await page.evaluate(async (findings) => {
        const element = document
          .querySelector('calf-pain-guide')
          .shadowRoot.querySelector('calf-pain-checker');
        const frame = () => new Promise((resolve) => window.requestAnimationFrame(resolve));
        for (let step = 0; step < 10 && !element.shadowRoot.querySelector('.result'); step++) {
          const inputs = [...element.shadowRoot.querySelectorAll('input[id^="option-"]')];
          const mine = inputs.filter((input) => findings.includes(input.id.slice(7)));
          const none = inputs.find((input) => input.id === 'option-none');
          for (const input of mine.length ? mine : [none ?? inputs.at(-1)]) {
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
  const fonts = fontsFor(language.tag);
  const fontNote =
    fonts === ''
      ? ` No font for ${language.name} is installed here, so its letters show as boxes: install one (Debian: fonts-noto-core or fonts-noto-cjk) and run this again.`
      : '';
  return `Screenshots: ${files.map((file) => `preview/${language.tag}/${file}`).join(', ')}.${fontNote}`;
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
  console.log(`${language.name} (${tag}), locales/${tag}.xlf, ${status.messages.length} units:`);
  printProblems(language);
  const dir = await writePreview(language);
  console.log(`\nPreview: ${dir}index.html (open it in a browser).`);
  if (!process.argv.includes('--no-screenshots')) {
    console.log(await takeScreenshots(dir, language));
  }
  console.log(`\n${verdict(language)}`);
  process.exit(language.complete ? 0 : 1);
}
