// The WordPress plugin against the element it embeds: the settings the shortcode and the block
// offer are the element's real attributes, all of them, and the block's lists of choices are the
// element's. So an attribute added to the element, or a language added to the project, fails
// here until the plugin offers it. Run after `npm run build` (reads dist/custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sourceLocale, targetLocales } from './locales.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

const manifest = JSON.parse(await read('dist/custom-elements.json'));
const guide = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((declaration) => declaration.tagName === 'calf-pain-guide');
const elementAttributes = guide.attributes.map((attribute) => attribute.name).sort();

// The plugin's table, shortcode name => element attribute, from calf_pain_guide_attribute_names().
const render = await read('wordpress/calf-pain-guide/includes/render.php');
const table = render.match(/function calf_pain_guide_attribute_names\(\) \{([\s\S]*?)\n\}/)[1];
const mapped = Object.fromEntries(
  [...table.matchAll(/'([a-z_]+)'\s*=>\s*'([a-z-]+)'/g)].map(([, name, attribute]) => [
    name,
    attribute,
  ]),
);

const block = JSON.parse(await read('wordpress/calf-pain-guide/block/block.json'));

test('the shortcode maps to every attribute of <calf-pain-guide>, and to nothing else', () => {
  assert.deepEqual(Object.values(mapped).sort(), elementAttributes);
  for (const [name, attribute] of Object.entries(mapped)) {
    assert.equal(name, attribute.replace(/-/g, '_'), `${name} is ${attribute} with underscores`);
  }
});

test('the block has one setting per attribute, named in camelCase', () => {
  const camel = (attribute) => attribute.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  assert.deepEqual(Object.keys(block.attributes).sort(), elementAttributes.map(camel).sort());
  const booleans = guide.attributes.filter((a) => a.type?.text === 'boolean').map((a) => a.name);
  for (const attribute of elementAttributes) {
    const setting = block.attributes[camel(attribute)];
    assert.equal(
      setting.type,
      booleans.includes(attribute) ? 'boolean' : 'string',
      `${attribute}'s type`,
    );
  }
});

test("the block's choices are the element's: languages, heading levels, themes", async () => {
  assert.deepEqual(block.attributes.locale.enum, ['', sourceLocale, ...targetLocales]);
  assert.deepEqual(block.attributes.headingLevel.enum, ['', '1', '2', '3', '4', '5', '6']);
  const themes = (await read('src/elements/shared/settings.ts')).match(/THEMES = \[([^\]]*)\]/)[1];
  assert.deepEqual(block.attributes.theme.enum, ['', ...themes.match(/[a-z]+/g)]);
});

test("the plugin's readme lists every language", async () => {
  const readme = await read('wordpress/calf-pain-guide/readme.txt');
  for (const locale of [sourceLocale, ...targetLocales]) {
    assert.match(readme, new RegExp(`\`${locale}\``), `readme.txt lists ${locale}`);
  }
});
