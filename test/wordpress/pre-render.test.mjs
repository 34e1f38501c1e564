// The guide the WordPress plugin pre-renders in PHP is exactly what `calf-pain-guide/ssr`
// renders for the same settings (so the page moves nothing when the script upgrades it), in
// every language, for every emergency number, theme and page language; and a page with the
// block and the shortcode is valid HTML (Nu HTML Checker). The plugin's output comes from
// test/wordpress/render.php (WordPress's escaping and shortcode parser, no site). Run by
// `npm run test:wordpress`, after `npm run build` and `npm run build:wordpress`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { contentDates, inside } from '../../scripts/wordpress-pre-render.mjs';

const root = new URL('../../', import.meta.url);
const { renderGuide } = await import(new URL('dist/node/ssr.js', root).href);
const { locales, emergencyNumbers } = JSON.parse(
  await readFile(new URL('wordpress/calf-pain-guide/assets/pre-rendered/index.json', root), 'utf8'),
);

/** What the plugin prints for each page ({ language, content } or { language, block }). */
function printed(pages) {
  const run = spawnSync('php', [fileURLToPath(new URL('test/wordpress/render.php', root))], {
    input: JSON.stringify(pages),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '', 'no PHP notice');
  return JSON.parse(run.stdout);
}

/**
 * Each case: what a page holds, the options renderGuide draws the same guide with, and the tag
 * the live guide writes its date with: the page's when it is in the language shown, else the
 * language's. renderGuide knows no page, so its date is the language's.
 */
const cases = [];
for (const locale of locales) {
  const gb = `${locale.split('-')[0]}-GB`;
  // An en-US page writes the date its way only in an English guide.
  const usDate = locale === 'en' ? 'en-US' : locale;
  cases.push(
    // The default block on a page in that language, with a region: the region's number.
    [{ language: gb, block: {} }, { locale, region: 'GB' }, gb],
    [
      { language: 'en-US', block: { locale, region: 'JP', theme: 'dark' } },
      { locale, region: 'JP', theme: 'dark' },
      usDate,
    ],
    // No region anywhere: the card says to call the local number.
    [
      { language: locale.replace('pt-BR', 'pt'), content: '[calf_pain_guide theme="auto"]' },
      { locale, theme: 'auto' },
      locale.replace('pt-BR', 'pt'),
    ],
    [
      {
        language: 'en-US',
        content: `[calf_pain_guide locale="${locale}" region="AU" emergency_number="1 1 2"]`,
      },
      { locale, region: 'AU', emergencyNumber: '1 1 2' },
      usDate,
    ],
  );
}
// Every number of the table, in English.
const regionOf = new Map(
  Object.entries(emergencyNumbers).map(([region, number]) => [number, region]),
);
for (const region of regionOf.values()) {
  cases.push([
    { language: 'en', content: `[calf_pain_guide region="${region}"]` },
    { locale: 'en', region },
    'en',
  ]);
}

const [isoDate] = await contentDates(root);
const date = (tag) =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

test('the plugin prints inside <calf-pain-guide> exactly what renderGuide renders', async () => {
  const html = printed(cases.map(([page]) => page));
  for (const [index, [page, options, dateTag]] of cases.entries()) {
    const rendered = inside(await renderGuide(options));
    assert.equal(rendered.split(date(options.locale)).length, 2, 'the date, once');
    const expected = rendered.replace(date(options.locale), date(dateTag));
    const actual = html[index].replace(/^<calf-pain-guide\b[^>]*>/, '<calf-pain-guide>');
    assert.ok(
      actual === `<calf-pain-guide>${expected}</calf-pain-guide>`,
      `${JSON.stringify(page)}: the pre-rendered guide differs from renderGuide(${JSON.stringify(options)}), dated for ${dateTag}`,
    );
  }
});

test('a page with the pre-rendered block and shortcode is valid HTML (Nu HTML Checker)', async () => {
  const [block, shortcode] = printed([
    { language: 'de-DE', block: { region: 'DE', clinicName: 'Praxis "Süd" <b>', theme: 'dark' } },
    {
      language: 'de-DE',
      content: '<p>Text</p>[calf_pain_guide clinic_url="https://clinic.example/?a=1&b=2"]',
    },
  ]);
  assert.match(block, /data-pre-rendered><template shadowrootmode="open">/);
  const scratch = await mkdtemp(join(tmpdir(), 'calf-pain-guide-wordpress-'));
  const file = join(scratch, 'page.html');
  await writeFile(
    file,
    `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><title>Praxis</title></head><body><main><h1>Praxis</h1>${block}${shortcode}</main></body></html>`,
  );
  const vnu = fileURLToPath(new URL('node_modules/vnu-jar/build/dist/vnu.jar', root));
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', vnu, '--format', 'json', '--stdout', '--exit-zero-always', file],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const problems = JSON.parse(stdout)
    .messages.filter((m) => ['error', 'fatal', 'warning'].includes(m.subType ?? m.type))
    .map((m) => `${m.lastLine}: ${m.message}`);
  assert.deepEqual(problems, []);
});
