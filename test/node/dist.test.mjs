// The distribution files: run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import vm from 'node:vm';
import ts from 'typescript';
import {
  ENGLISH_TITLE,
  bundledLocales,
  shippedLocales,
  sourceLocale,
  targetLocales,
  translation,
} from './locales.mjs';
import { DIST_FILES, SCRIPTS } from './dist-files.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const read = (path) => readFile(new URL(path, root), 'utf8');

const pkg = JSON.parse(await read('package.json'));

const ALL = 'dist/calf-pain-guide.js';
const IIFE = 'dist/calf-pain-guide.iife.js';
const perLocale = (locale) => `dist/calf-pain-guide.${locale}.js`;
test('every artefact is built', () => {
  const expected = [...DIST_FILES, 'docs/api.md'];
  const missing = expected.filter((file) => !existsSync(new URL(file, root)));
  assert.deepEqual(missing, []);
});

test('package.json points at files that exist', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  // Every path in the export map, through nested conditions (`require` → `types`, `default`).
  const paths = (entry) =>
    typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(paths);
  targets.push(...paths(pkg.exports).filter((path) => !path.includes('*')));
  targets.push(...Object.values(pkg.typesVersions['*']).flat());
  for (const target of targets) {
    assert.ok(existsSync(new URL(target, root)), `${target} exists`);
  }
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.license, 'MIT');
});

test('the IIFE is a classic script: no import or export, one global', async () => {
  const source = await read(IIFE);
  // Compiling as a classic script fails on any import/export declaration or import.meta.
  assert.doesNotThrow(() => new vm.Script(source, { filename: IIFE }));
  assert.doesNotMatch(source, /\bimport\s*\(/, 'no dynamic import()');
  assert.match(source, /^var CalfPainGuide=/m);
  // That it defines and renders the elements is checked in a browser: iife.test.mjs.
});

test('the ES bundles are self-contained modules', async () => {
  for (const file of [ALL, ...[sourceLocale, ...shippedLocales].map(perLocale)]) {
    const source = await read(file);
    assert.doesNotMatch(source, /\bimport\s*[\s{*"'(]/, `${file} imports nothing`);
    assert.match(source, /export\s*\{[^}]*\bCalfPainGuide\b/, `${file} exports CalfPainGuide`);
    assert.doesNotMatch(source, /Lit is in dev mode/, `${file} is a production build`);
  }
});

test('each one-language file holds its language and no other; an unfinished one is in none', async () => {
  const titles = new Map();
  for (const locale of targetLocales) titles.set(locale, await translation(locale, 'guide.title'));
  // The check below only means something if no title contains another.
  for (const [a, titleA] of titles) {
    for (const [b, titleB] of titles) {
      if (a !== b) assert.ok(!titleA.includes(titleB), `${a} and ${b} titles differ`);
    }
  }
  const all = await read(ALL);
  for (const [locale, title] of titles) {
    const bundled = bundledLocales.includes(locale);
    assert.equal(
      all.includes(title),
      bundled,
      `${ALL} ${bundled ? 'has' : 'leaves out'} ${locale}`,
    );
  }

  // Transform mode: a file holds its own language and no English fallback; a language that is
  // not ready yet has its file in English.
  for (const locale of [sourceLocale, ...shippedLocales]) {
    const file = perLocale(locale);
    const source = await read(file);
    const ready = bundledLocales.includes(locale);
    assert.equal(
      source.includes(ENGLISH_TITLE),
      !ready,
      `${file} ${ready ? 'has no' : 'has the'} English`,
    );
    for (const [other, title] of titles) {
      if (other === locale && ready) {
        assert.ok(source.includes(title), `${file} has its ${locale} title`);
      } else assert.ok(!source.includes(title), `${file} has no ${other} title "${title}"`);
    }
    // No message ids, no lookup: the text is compiled in.
    assert.doesNotMatch(source, /guide\.title/, `${file} has no message ids`);
  }
});

test('the bundler entry holds English and loads each other language as a chunk of its own', async () => {
  const entry = await read('dist/bundler/calf-pain-guide.js');
  assert.ok(entry.includes(ENGLISH_TITLE), 'English is in the entry');
  assert.match(entry, /export\s*\{[^}]*\bCalfPainGuide\b/, 'it exports CalfPainGuide');
  const titles = new Map();
  for (const locale of targetLocales) titles.set(locale, await translation(locale, 'guide.title'));
  for (const [locale, title] of titles) {
    assert.ok(!entry.includes(title), `no ${locale} text in the entry`);
    const chunk = `dist/bundler/locales/${locale}.js`;
    const bundled = bundledLocales.includes(locale);
    assert.equal(
      existsSync(new URL(chunk, root)),
      bundled,
      `${chunk} ${bundled ? 'exists' : 'is not built: not ready'}`,
    );
    if (!bundled) continue;
    assert.match(
      entry,
      new RegExp(`import\\(\\s*["']\\./locales/${locale}\\.js["']\\s*\\)`),
      `the entry imports ${chunk} on demand`,
    );
    const source = await read(chunk);
    assert.ok(source.includes(title), `${chunk} holds ${locale}`);
    // Lit comes from the entry: one copy of it in an app.
    assert.match(
      source,
      /from\s*["']\.\.\/calf-pain-guide\.js["']/,
      `${chunk} imports Lit from the entry`,
    );
  }
});

test('the bundler entry leaves what a closed guide does not show to parts loaded when first drawn', async () => {
  const entry = await read('dist/bundler/calf-pain-guide.js');
  assert.ok(entry.includes(ENGLISH_TITLE), 'the closed guide is in the entry');
  // A question of the checker, a sentence of the introduction and a source: each lives with what
  // draws it.
  const parts = [
    ['checker-views', 'How old are you?'],
    ['guide-panels', 'Your calf is the back of your lower leg.'],
    ['guide-panels', 'NHS: Deep vein thrombosis (DVT)'],
  ];
  for (const [part, text] of parts) {
    assert.ok(!entry.includes(text), `the first load has no "${text}"`);
    assert.match(
      entry,
      new RegExp(`import\\(\\s*["']\\./parts/${part}\\.js["']\\s*\\)`),
      `the entry imports ${part} on demand`,
    );
    const source = await read(`dist/bundler/parts/${part}.js`);
    assert.ok(source.includes(text), `${part} holds "${text}"`);
    assert.match(source, /from\s*["']\.\.\/calf-pain-guide\.js["']/, 'it takes Lit from the entry');
  }
  // The one-file builds stay one file: the parts are inside.
  for (const file of [ALL, IIFE, perLocale(sourceLocale)]) {
    const source = await read(file);
    assert.doesNotMatch(source, /\bimport\s*\(/, `${file} imports nothing`);
    if (file !== ALL) continue;
    for (const [, text] of parts) assert.ok(source.includes(text), `${file} holds "${text}"`);
  }
});

test(
  "each language's first chunk holds what first paint shows; each part brings that language's text for it",
  { skip: bundledLocales.length ? false : 'no language is ready in this build' },
  async () => {
    const entry = await read('dist/bundler/calf-pain-guide.js');
    // A message of the closed guide, one of each part, and a cause's (both parts show causes).
    const firstPaint = 'guide.title';
    const parts = [
      ['checker-views', 'screen.age.question'],
      ['guide-panels', 'guide.intro.1'],
    ];
    const shared = ['cause-text', 'cause.dvt.summary'];
    for (const locale of bundledLocales) {
      const text = (id) => translation(locale, id);
      const first = await read(`dist/bundler/locales/${locale}.js`);
      assert.ok(first.includes(await text(firstPaint)), `locales/${locale}.js holds the title`);
      for (const [part, id] of [...parts, shared]) {
        assert.ok(!first.includes(await text(id)), `locales/${locale}.js has no ${id} (${part})`);
      }
      for (const [part, id] of parts) {
        const chunk = `locales/${locale}.${part}.js`;
        const source = await read(`dist/bundler/${chunk}`);
        assert.ok(source.includes(await text(id)), `${chunk} holds ${id}`);
        assert.ok(!source.includes(await text(firstPaint)), `${chunk} has no title`);
        assert.match(
          entry,
          new RegExp(`import\\(\\s*["']\\./${chunk.replace('.', '\\.')}["']\\s*\\)`),
          `the entry imports ${chunk} on demand`,
        );
        // The causes' text, which both parts show, is a chunk they share, as their code is.
        assert.match(
          source,
          new RegExp(`from\\s*["']\\./${locale}\\.${shared[0]}\\.js["']`),
          `${chunk} takes the causes' text from locales/${locale}.${shared[0]}.js`,
        );
      }
      const causes = await read(`dist/bundler/locales/${locale}.${shared[0]}.js`);
      assert.ok(causes.includes(await text(shared[1])), `the shared chunk holds ${shared[1]}`);
    }
  },
);

test(
  'each one-language file is smaller than the all-language file',
  // With no language ready, the all-language file holds English only, as the others do.
  { skip: bundledLocales.length ? false : 'no language is ready in this build' },
  async () => {
    const { size: allSize } = await stat(new URL(ALL, root));
    for (const locale of [sourceLocale, ...shippedLocales]) {
      const { size } = await stat(new URL(perLocale(locale), root));
      assert.ok(size < allSize, `${perLocale(locale)} (${size} B) < ${ALL} (${allSize} B)`);
    }
  },
);

test('the types are self-contained: no import of a package that is not installed with ours', async () => {
  /** What a declaration file imports or references (comments aside), as TypeScript reads it. */
  const importsOf = (source) => {
    const info = ts.preProcessFile(source, true, true);
    return [...info.importedFiles, ...info.referencedFiles, ...info.typeReferenceDirectives].map(
      (ref) => ref.fileName,
    );
  };
  for (const file of [
    'dist/types/index.d.ts',
    'dist/types/checker/index.d.ts',
    'dist/types/checker/index.d.cts',
    'dist/types/ssr/index.d.ts',
  ]) {
    assert.deepEqual(importsOf(await read(file)), [], `${file} imports nothing`);
  }
  // The framework typings import only ours and their framework's own types.
  for (const name of ['jsx', 'react', 'vue', 'svelte']) {
    for (const from of importsOf(await read(`dist/frameworks/${name}.d.ts`))) {
      assert.ok(
        ['../types/index.js', './jsx.js', 'react', 'vue', 'svelte/elements'].includes(from),
        `${name}.d.ts imports ${from}`,
      );
    }
  }
});

test('dist/integrity.json holds the sha384 of every script', async () => {
  const integrity = JSON.parse(await read('dist/integrity.json'));
  const scripts = (await readdir(dist)).filter((name) => name.endsWith('.js')).sort();
  assert.deepEqual(Object.keys(integrity).sort(), scripts);
  assert.deepEqual(scripts, SCRIPTS.map((file) => file.replace('dist/', '')).sort());
  for (const name of scripts) {
    const bytes = await readFile(new URL(name, dist));
    const expected = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    assert.equal(integrity[name], expected, name);
  }
});
