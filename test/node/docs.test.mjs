// The embedding docs (README.md, docs/embedding.md) against the real package: an embedder copies
// these samples, so a renamed attribute, a stale version in a CDN address or an SRI snippet in
// the wrong form must fail here. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

const pkg = JSON.parse(await read('package.json'));
const integrity = JSON.parse(await read('dist/integrity.json'));
const manifest = JSON.parse(await read('dist/custom-elements.json'));
const elements = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);
const DOCS = {
  'README.md': await read('README.md'),
  'docs/embedding.md': await read('docs/embedding.md'),
};

/** The fenced code blocks of a Markdown text, with their language. */
const codeBlocks = (markdown) =>
  [...markdown.matchAll(/^```(\w*)\n([^]*?)^```/gm)].map(([, lang, code]) => ({ lang, code }));

test('CDN addresses in the docs name this version and files that exist', () => {
  let count = 0;
  for (const [name, text] of Object.entries(DOCS)) {
    for (const [, version, file] of text.matchAll(
      /(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/calf-pain-guide@([^/\s]+)\/(dist\/[\w.-]+)/g,
    )) {
      count++;
      assert.equal(version, pkg.version, `${name}: ${file} at version ${version}`);
      assert.ok(existsSync(new URL(file, root)), `${name}: ${file} exists`);
    }
  }
  assert.ok(count >= 2, 'the docs show CDN addresses');
});

test('SRI snippets use the algorithm of dist/integrity.json, with crossorigin="anonymous"', () => {
  const algorithms = new Set(Object.values(integrity).map((hash) => hash.split('-')[0]));
  assert.deepEqual([...algorithms], ['sha384']);
  let count = 0;
  for (const [name, text] of Object.entries(DOCS)) {
    const code = codeBlocks(text)
      .map((block) => block.code)
      .join('\n');
    for (const [tag] of code.matchAll(/<script\b[^>]*\bintegrity=[^>]*>/g)) {
      count++;
      const [, value] = tag.match(/\bintegrity="([^"]*)"/);
      assert.ok(value.startsWith('sha384-'), `${name}: ${value} is sha384`);
      assert.match(tag, /\bcrossorigin="anonymous"/, `${name}: crossorigin with integrity`);
      const src = tag.match(/\bsrc="[^"]*\/dist\/([\w.-]+)"/)?.[1];
      assert.ok(src && integrity[src], `${name}: integrity.json has ${src}`);
    }
  }
  assert.ok(count >= 2, 'README and docs/embedding.md show an SRI snippet');
});

// What framework syntax and HTML itself put on any element, beside the widget's attributes.
const GLOBAL = new Set(['class', 'id', 'lang', 'dir', 'hidden', 'title', 'ref', 'key', 'slot']);

test("the docs' samples use only the elements' real attributes", () => {
  let count = 0;
  for (const [name, text] of Object.entries(DOCS)) {
    for (const { code } of codeBlocks(text)) {
      for (const [, tag, attributes] of code.matchAll(
        /<(calf-pain-guide|calf-pain-checker|red-flag-banner)\b([^>]*?)\/?>/g,
      )) {
        const known = new Set(elements.get(tag).attributes.map((a) => a.name));
        // Attribute names, skipping values and framework bindings ([attr.x], (event), @event, :x).
        const names = [
          ...attributes
            .replace(/"[^"]*"|\{[^}]*\}/g, '')
            .matchAll(/(?:^|\s)([a-z][\w-]*)(?==|\s|$)/g),
        ].map(([, attribute]) => attribute);
        for (const attribute of names) {
          count++;
          const ok =
            known.has(attribute) || GLOBAL.has(attribute) || attribute === 'oncalf-checker-result'; // React 19's listener for the event
          assert.ok(ok, `${name}: <${tag} ${attribute}> is not an attribute of ${tag}`);
        }
        for (const [, bound] of attributes.matchAll(/\[attr\.([\w-]+)\]/g)) {
          assert.ok(known.has(bound), `${name}: [attr.${bound}] on ${tag}`);
        }
        for (const [, event] of attributes.matchAll(/(?:\(|@)([\w-]+)\)?=/g)) {
          const events = new Set(elements.get(tag).events.map((e) => e.name));
          assert.ok(events.has(event), `${name}: event ${event} on ${tag}`);
        }
      }
    }
  }
  assert.ok(count > 20);
});

test("the iframe page: its parameters and what only a clinic's copy sets are, together, the attributes of <calf-pain-guide>", async () => {
  const text = DOCS['docs/embedding.md'];
  const listed = (lead) => {
    const paragraph = text.match(new RegExp(`^${lead}([^]*?)\\n\\n`, 'm'))?.[1];
    assert.ok(paragraph, `docs/embedding.md has "${lead}"`);
    return [...paragraph.split('. ')[0].matchAll(/`([a-z-]+)`/g)]
      .map(([, n]) => n)
      .filter((n) => !['false', '0', 'off'].includes(n));
  };
  const fromAddress = listed('Parameters: ');
  const fromCopy = listed('Set in your copy only, never from the address: ');
  assert.deepEqual(
    fromAddress.filter((name) => fromCopy.includes(name)),
    [],
    'no attribute in both lists',
  );
  const attributes = elements.get('calf-pain-guide').attributes.map((a) => a.name);
  assert.deepEqual([...fromAddress, ...fromCopy].sort(), [...attributes].sort());
  // The Security section says the same of the address.
  const security = text.split('\n## Security\n')[1];
  const sentence = security.match(/The address sets ([^]*?), and nothing else/)?.[1];
  assert.deepEqual(
    [...sentence.matchAll(/`([a-z-]+)`/g)].map(([, n]) => n).sort(),
    [...fromAddress].sort(),
  );

  // The clinic's copy in the docs is the one the browser tests frame (server-middleware.mjs).
  const { CLINIC_ATTRIBUTES } = await import('../support/server-middleware.mjs');
  const copy = codeBlocks(text).find((block) =>
    block.code.includes('calf-pain-guide-parent-origins'),
  );
  assert.ok(copy, "the docs show a clinic's copy");
  const tag = copy.code
    .match(/<calf-pain-guide\b([^>]*)>/)[1]
    .trim()
    .replace(/\s+/g, ' ');
  assert.equal(tag, CLINIC_ATTRIBUTES);
  // And what it edits is in dist/embed.html as shipped.
  const page = await read('dist/embed.html');
  assert.ok(page.includes('<meta name="calf-pain-guide-parent-origins" content="" />'));
  assert.ok(page.includes('<calf-pain-guide></calf-pain-guide>'));
});

test('theming in the docs names real custom properties and parts, and all the properties', () => {
  const text = DOCS['docs/embedding.md'];
  const cssProperties = new Set(
    [...elements.values()].flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)),
  );
  const parts = new Set(
    [...elements.values()].flatMap((e) => (e.cssParts ?? []).map((p) => p.name)),
  );
  const used = new Set([...text.matchAll(/--cpg-[\w-]+/g)].map(([p]) => p));
  for (const property of used) assert.ok(cssProperties.has(property), property);
  for (const property of cssProperties) assert.ok(used.has(property), `docs list ${property}`);
  for (const [, part] of text.matchAll(/::part\(([\w-]+)\)/g)) assert.ok(parts.has(part), part);
  for (const [tag, element] of elements) {
    const line = text.match(new RegExp(`^- \`<${tag}>\`: (.*)$`, 'm'))?.[1];
    assert.ok(line, `docs list the parts of ${tag}`);
    const listed = [...line.matchAll(/`([\w-]+)`/g)].map(([, p]) => p);
    assert.deepEqual(listed.sort(), element.cssParts.map((p) => p.name).sort(), tag);
  }
});

test('the TypeScript sample type-checks against the package types', async () => {
  const sample = codeBlocks(DOCS['docs/embedding.md'].split('\n## TypeScript\n')[1]).find(
    (block) => block.lang === 'ts',
  );
  assert.ok(sample);
  const dir = new URL('node_modules/.cache/calf-pain-guide/doc-samples/', root);
  await mkdir(dir, { recursive: true });
  const file = new URL('typescript-sample.ts', dir);
  await writeFile(file, sample.code);
  const program = ts.createProgram([file.pathname], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    // The package's types are self-contained: checked with the rest.
    skipLibCheck: false,
    paths: { 'calf-pain-guide': [new URL('dist/types/index.d.ts', root).pathname] },
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, []);
});

// The framework samples are the code of the consumer apps in test/consumers/, which `npm test`
// installs from the packed package, type-checks, builds and runs in Chromium. A sample marked
// `<!-- test/consumers/… -->` must be that file, byte for byte: edit the app, then copy it here.
const APP_SAMPLE = /^<!-- (test\/consumers\/[\w./-]+) -->\n\n```\w*\n([^]*?)^```/gm;

/** The text of a `## Heading` (or `### Heading`) section of docs/embedding.md, to the next one. */
const section = (heading) => {
  const text = DOCS['docs/embedding.md'];
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/embedding.md has "${heading}"`);
  const next = text.slice(start + heading.length + 2).search(/^##+ /m);
  return text.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
};

test('each framework sample in docs/embedding.md is the code of a consumer app that runs', async () => {
  const samples = [...DOCS['docs/embedding.md'].matchAll(APP_SAMPLE)];
  for (const [, path, code] of samples) {
    assert.equal(code, await read(path), `docs/embedding.md shows ${path} as it is`);
  }
  for (const heading of [
    '## React',
    '### Server-rendered React (Next.js, Remix, Astro islands)',
    '## Vue',
    '## Svelte',
    '## Angular',
    '## Astro',
    '## The triage engine in Node',
  ]) {
    assert.match(
      section(heading),
      new RegExp(APP_SAMPLE.source, 'm'),
      `${heading}: a sample from test/consumers/`,
    );
  }
  // Next.js and Nuxt use those samples as they are, and add no code of their own.
  for (const heading of ['## Next.js', '## Nuxt']) {
    assert.doesNotMatch(section(heading), /^```/m, `${heading}: no untested code`);
  }
});

test("the result shapes in docs/embedding.md are the package's TriageResult and CheckerResultDetail", async () => {
  const shapes = codeBlocks(section('## The triage engine in Node'))
    .filter((block) => block.lang === 'ts')
    .map((block) => block.code);
  assert.equal(shapes.length, 2);
  const dir = new URL('node_modules/.cache/calf-pain-guide/doc-samples/', root);
  await mkdir(dir, { recursive: true });
  const file = new URL('result-shapes.ts', dir);
  // Each documented interface and the package's type must be assignable both ways.
  await writeFile(
    file,
    `import type * as Package from 'calf-pain-guide';
type Level = Package.Level;
type CauseId = Package.CauseId;
type FindingId = Package.FindingId;
type Route = Package.Route;
namespace Documented {
${shapes.map((shape) => `export ${shape}`).join('\n')}
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const triageResult: Same<Documented.TriageResult, Package.TriageResult> = true;
export const detail: Same<Documented.CheckerResultDetail, Package.CheckerResultDetail> = true;
`,
  );
  const program = ts.createProgram([file.pathname], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
    paths: { 'calf-pain-guide': [new URL('dist/types/index.d.ts', root).pathname] },
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, []);
});

test('the README links work on npm: absolute, and this version of files the package ships', async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  const shipped = new Set(JSON.parse(stdout)[0].files.map((file) => file.path));
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
  const links = [...DOCS['README.md'].matchAll(/\]\(([^)\s]+)\)/g)].map(([, href]) => href);
  assert.ok(links.length >= 5, 'the README has links');
  for (const href of [...links, pkg.homepage]) {
    // npm shows the README without the repository's files: a relative link would go nowhere.
    assert.match(href, /^(https:\/\/|#)/, `${href} is absolute`);
    if (href.includes(`/npm/${pkg.name}@`)) {
      assert.ok(href.startsWith(cdn), `${href} names ${pkg.name}@${pkg.version}`);
      const file = href.slice(cdn.length).split('#')[0];
      assert.ok(shipped.has(file), `${file} is in the package`);
    }
  }
});
