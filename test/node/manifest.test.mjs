// dist/custom-elements.json against the sources: every attribute (Lit @property, including the
// shared ones of the base class), event, part, slot and CSS custom property the elements really
// have must be in the manifest, with a description. So an attribute added without JSDoc, or an
// event without @fires, fails here. An element's source is its folder (src/elements/<name>/: its
// class and the views it draws with) and its base class. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

const manifest = JSON.parse(await read('dist/custom-elements.json'));
const documented = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

// ---- What the sources say -------------------------------------------------------------------

const parse = async (path) =>
  ts.createSourceFile(path, await read(path), ts.ScriptTarget.Latest, true);

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const stringOf = (node) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : undefined;

/** The TypeScript modules of src/elements/, but their styles and tests: `folder/name.ts`. */
const elementModules = (await readdir(new URL('src/elements/', root), { recursive: true }))
  .filter((name) => name.endsWith('.ts') && !/\.(styles|test)\.ts$/.test(name))
  .sort();

/** Tag → class name, from the defineElement('tag', Class) call of each element's defining module. */
async function definedTags() {
  const tags = new Map();
  for (const name of elementModules) {
    walk(await parse(`src/elements/${name}`), (node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement') {
        tags.set(stringOf(node.arguments[0]), node.arguments[1].getText());
      }
    });
  }
  return tags;
}

/** The attribute of a Lit `@property()` field: its `attribute` option, else its name lowercased. */
function litAttribute(member) {
  const decorator = (ts.canHaveDecorators(member) ? ts.getDecorators(member) : undefined)?.find(
    (d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'property',
  );
  if (!decorator) return undefined;
  const options = decorator.expression.arguments[0];
  const option =
    options &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.find((p) => p.name?.getText() === 'attribute');
  if (!option) return member.name.getText().toLowerCase();
  if (option.initializer.kind === ts.SyntaxKind.FalseKeyword) return null; // property only
  return stringOf(option.initializer);
}

/** What a piece of source renders and dispatches: events, parts and slots. */
function rendered(node, facts) {
  walk(node, (inner) => {
    // new CustomEvent('name', …)
    if (ts.isNewExpression(inner) && /^(Custom)?Event$/.test(inner.expression.getText())) {
      const event = stringOf(inner.arguments?.[0]);
      if (event) facts.events.add(event);
    }
    // part="a b" and <slot name="x"> in templates
    if (
      ts.isNoSubstitutionTemplateLiteral(inner) ||
      ts.isTemplateHead(inner) ||
      ts.isTemplateMiddle(inner) ||
      ts.isTemplateTail(inner)
    ) {
      for (const [, parts] of inner.text.matchAll(/\spart="([^"$]+)"/g)) {
        for (const part of parts.split(/\s+/)) facts.parts.add(part);
      }
      for (const [, attributes] of inner.text.matchAll(/<slot(\s[^>]*)?>/g)) {
        facts.slots.add(attributes?.match(/\sname="([^"]+)"/)?.[1] ?? '');
      }
    }
    // heading(…, { part: 'title' })
    if (ts.isPropertyAssignment(inner) && inner.name.getText() === 'part') {
      const part = stringOf(inner.initializer);
      if (part) facts.parts.add(part);
    }
    // this.inLanguage(content, className, part)
    if (ts.isCallExpression(inner) && inner.expression.getText() === 'this.inLanguage') {
      const part = stringOf(inner.arguments[2]);
      if (part) facts.parts.add(part);
    }
  });
}

/**
 * Every class in src/elements: its base class, its attributes, and what it and the other
 * modules of its folder (its views) render and dispatch.
 */
async function elementClasses() {
  const classes = new Map();
  const views = [];
  const folderOf = (name) => name.split('/')[0];
  for (const name of elementModules) {
    const path = `src/elements/${name}`;
    walk(await parse(path), (node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const facts = {
        file: path,
        base: node.heritageClauses?.[0]?.types[0]?.expression.getText(),
        attributes: new Set(),
        events: new Set(),
        parts: new Set(),
        slots: new Set(),
      };
      for (const member of node.members) {
        const attribute = litAttribute(member);
        if (attribute) facts.attributes.add(attribute);
      }
      rendered(node, facts);
      views.push([folderOf(name), name, facts]);
      classes.set(node.name.text, facts);
    });
  }
  // The views beside an element's class (modules of its folder with no class of their own).
  for (const [folder, classFile, facts] of views) {
    for (const name of elementModules.filter((m) => folderOf(m) === folder && m !== classFile)) {
      const source = await parse(`src/elements/${name}`);
      let hasClass = false;
      walk(source, (node) => (hasClass ||= ts.isClassDeclaration(node)));
      if (!hasClass) rendered(source, facts);
    }
  }
  return classes;
}

const tags = await definedTags();
const classes = await elementClasses();

/** What an element has, its own and inherited from base classes in src/elements. */
function inSource(tag) {
  const all = { attributes: new Set(), events: new Set(), parts: new Set(), slots: new Set() };
  for (let name = tags.get(tag); classes.has(name); name = classes.get(name).base) {
    for (const key of Object.keys(all)) for (const x of classes.get(name)[key]) all[key].add(x);
  }
  return all;
}

const sorted = (values) => [...values].sort();

function assertDescribed(items, what) {
  const bare = items.filter((item) => !item.description?.trim()).map((item) => item.name);
  assert.deepEqual(bare, [], `${what} without a description`);
}

// ---- The checks -----------------------------------------------------------------------------

test('the manifest has the three elements, with their tag names', () => {
  assert.deepEqual(sorted(tags.keys()), [
    'calf-pain-checker',
    'calf-pain-guide',
    'red-flag-banner',
  ]);
  assert.deepEqual(sorted(documented.keys()), sorted(tags.keys()));
  for (const [tag, className] of tags) {
    assert.equal(documented.get(tag).name, className);
    assert.ok(documented.get(tag).description?.trim(), `<${tag}> has a description`);
  }
});

for (const tag of [...tags.keys()].sort()) {
  test(`<${tag}>: every attribute, documented (including the shared ones)`, () => {
    const element = documented.get(tag);
    const source = inSource(tag);
    const shared = classes.get(classes.get(tags.get(tag)).base);
    assert.ok(shared?.attributes.size, 'the elements share attributes through their base class');
    assert.deepEqual(sorted(element.attributes.map((a) => a.name)), sorted(source.attributes));
    for (const attribute of shared.attributes) {
      assert.ok(
        element.attributes.some((a) => a.name === attribute && a.inheritedFrom),
        `${attribute} listed as inherited`,
      );
    }
    assertDescribed(element.attributes, 'attributes');
  });

  test(`<${tag}>: every event it dispatches, documented`, () => {
    const events = (documented.get(tag).events ?? []).map((e) => e.name);
    for (const event of inSource(tag).events) assert.ok(events.includes(event), event);
    assertDescribed(documented.get(tag).events ?? [], 'events');
  });

  test(`<${tag}>: every part it renders, documented`, () => {
    const parts = documented.get(tag).cssParts ?? [];
    assert.deepEqual(sorted(parts.map((p) => p.name)), sorted(inSource(tag).parts));
    assertDescribed(parts, 'parts');
  });

  test(`<${tag}>: every slot, documented`, () => {
    const slots = documented.get(tag).slots ?? [];
    assert.deepEqual(sorted(slots.map((s) => s.name)), sorted(inSource(tag).slots));
    assertDescribed(slots, 'slots');
  });
}

test('every custom state the elements set is documented on each of them, with a description', async () => {
  // The states (`states.add('…')`) set by the shared base class, which all three elements have.
  const base = await read('src/elements/shared/widget-element.ts');
  const set = sorted([...base.matchAll(/states\??\.add\('([\w-]+)'\)/g)].map(([, name]) => name));
  assert.deepEqual(set, ['loading']);
  for (const [tag] of tags) {
    const states = documented.get(tag).cssStates ?? [];
    assert.deepEqual(sorted(states.map((s) => s.name)), set, tag);
    assertDescribed(states, `<${tag}> custom states`);
  }
});

test('the checker documents both of its events; the guide, the result it passes on', () => {
  const names = (tag) => (documented.get(tag).events ?? []).map((e) => e.name);
  assert.deepEqual(sorted(names('calf-pain-checker')), [
    'calf-checker-result',
    'calf-checker-show-cause',
  ]);
  assert.ok(names('calf-pain-guide').includes('calf-checker-result'));
});

// ---- CSS custom properties ------------------------------------------------------------------

/** The public tokens (`--cpg-*`) a styles file reads. */
async function tokensIn(path) {
  const css = await read(path);
  return new Set([...css.matchAll(/var\(\s*(--cpg-[\w-]+)/g)].map(([, token]) => token));
}

const stylesFiles = (await readdir(new URL('src/elements/', root), { recursive: true }))
  .filter((name) => name.endsWith('.styles.ts'))
  .map((name) => `src/elements/${name}`);
const usedTokens = new Set();
for (const file of stylesFiles) for (const token of await tokensIn(file)) usedTokens.add(token);
const documentedTokens = new Set(
  [...documented.values()].flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)),
);

test('every --cpg-* token the styles read is documented on some element', () => {
  const undocumented = sorted(usedTokens).filter((token) => !documentedTokens.has(token));
  assert.deepEqual(
    undocumented,
    [],
    'add an @cssprop line to the JSDoc of the element(s) that use it',
  );
});

test('every documented token exists, with a description', () => {
  for (const token of documentedTokens) assert.ok(usedTokens.has(token), `${token} is used`);
  for (const element of documented.values()) {
    assertDescribed(element.cssProperties ?? [], `<${element.tagName}> CSS properties`);
  }
});

test('each element documents the tokens of its own styles file', async () => {
  for (const [tag, className] of tags) {
    // src/elements/<name>/<name>.component.ts is styled by <name>.styles.ts beside it.
    const styles = classes.get(className).file.replace(/(\.component)?\.ts$/, '.styles.ts');
    assert.ok(existsSync(new URL(styles, root)), `${tag}: ${styles}`);
    const own = (documented.get(tag).cssProperties ?? []).map((p) => p.name);
    for (const token of await tokensIn(styles)) assert.ok(own.includes(token), `${tag}: ${token}`);
  }
});

// ---- Where tools find it --------------------------------------------------------------------

test('package.json points tools at the manifest', async () => {
  const pkg = JSON.parse(await read('package.json'));
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './dist/custom-elements.json');
});

test('docs/api.md is generated from this manifest', async () => {
  const run = promisify(execFile);
  await run(process.execPath, ['scripts/build-api-docs.mjs', '--check'], {
    cwd: new URL('.', root),
  });
  const api = await read('docs/api.md');
  for (const [tag, element] of documented) {
    assert.ok(api.includes(`<${tag}>`), tag);
    for (const attribute of element.attributes) assert.ok(api.includes(`\`${attribute.name}\``));
  }
});
