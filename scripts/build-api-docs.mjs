// Writes docs/api.md from dist/custom-elements.json (run `npm run build:manifest` first): per
// element, tables of its attributes, properties, methods, events, CSS custom properties, parts
// and slots. Everything in it comes from the elements' JSDoc; edit that, not docs/api.md.
//   node scripts/build-api-docs.mjs           write docs/api.md
//   node scripts/build-api-docs.mjs --check   exit 1 if docs/api.md is out of date
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';

const MANIFEST = new URL('../dist/custom-elements.json', import.meta.url);
const OUTPUT = new URL('../docs/api.md', import.meta.url);

/** Text safe inside a Markdown table cell. */
function cell(text) {
  const value = String(text ?? '').trim();
  return value ? value.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|') : '—';
}

/** `code` safe inside a Markdown table cell. */
function code(text) {
  return text ? `\`${cell(text)}\`` : '—';
}

function table(headings, rows) {
  if (!rows.length) return 'None.\n';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The page-level element first, then the ones it contains; any other after them. */
const ORDER = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'];
const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

const isPublic = (member) => !member.privacy || member.privacy === 'public';

function signature(method) {
  const parameters = (method.parameters ?? [])
    .map(
      (p) =>
        `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`,
    )
    .join(', ');
  return `${method.name}(${parameters}): ${method.return?.type?.text ?? 'void'}`;
}

function elementSection(element) {
  const members = (element.members ?? []).filter(isPublic);
  const attributes = element.attributes ?? [];
  const reflects = new Set(members.filter((m) => m.reflects).map((m) => m.name));
  const properties = members.filter(
    (m) => m.kind === 'field' && !m.attribute && m.name !== 'styles',
  );
  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  const lines = [`## \`<${element.tagName}>\``, ''];
  if (element.summary) lines.push(`**${element.summary.trim()}**`, '');
  if (element.description) lines.push(element.description.trim(), '');
  lines.push(`Class: \`${element.name}\``, '');

  lines.push(
    '### Attributes',
    '',
    'Each attribute is also a property (named in the second column) that takes the same value.',
    '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Reflects', 'Description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        reflects.has(a.fieldName) ? 'yes' : 'no',
        cell(a.description),
      ]),
    ),
  );
  lines.push(
    '### Properties',
    '',
    'Properties with no attribute.',
    '',
    table(
      ['Property', 'Type', 'Read-only', 'Description'],
      properties.map((p) => [
        code(p.static ? `${element.name}.${p.name}` : p.name),
        code(p.type?.text),
        p.readonly ? 'yes' : 'no',
        cell(p.description ?? (p.static && p.name === 'version' ? 'Version of the script.' : '')),
      ]),
    ),
  );
  lines.push(
    '### Methods',
    '',
    table(
      ['Method', 'Description'],
      methods.map((m) => [code(signature(m)), cell(m.description)]),
    ),
  );
  lines.push(
    '### Events',
    '',
    table(
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
  );
  const cssProperties = element.cssProperties ?? [];
  // A Default column only when the JSDoc gives one (`@cssprop [--name=default] - …`).
  const withDefault = cssProperties.some((p) => p.default);
  lines.push(
    '### CSS custom properties',
    '',
    table(
      withDefault ? ['Property', 'Default', 'Description'] : ['Property', 'Description'],
      cssProperties.map((p) =>
        withDefault
          ? [code(p.name), code(p.default), cell(p.description)]
          : [code(p.name), cell(p.description)],
      ),
    ),
  );
  lines.push(
    '### Parts',
    '',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  lines.push(
    '### Custom states',
    '',
    // Matched by :state(name) from the page's CSS (`@cssstate` in the JSDoc).
    table(
      ['State', 'Description'],
      (element.cssStates ?? []).map((s) => [code(s.name), cell(s.description)]),
    ),
  );
  lines.push(
    '### Slots',
    '',
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
  );
  return lines.join('\n');
}

export async function apiDocs() {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const elements = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => rank(a.tagName) - rank(b.tagName));
  const markdown = [
    '# API reference',
    '',
    '<!-- Generated by scripts/build-api-docs.mjs from dist/custom-elements.json (npm run build). ' +
      'Do not edit: change the JSDoc in src/elements/ instead. -->',
    '',
    'The elements, their attributes, properties, methods, events, CSS custom properties, parts, ' +
      'custom states and slots. Tools read the same information from `dist/custom-elements.json` ' +
      '(package.json `customElements`).',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName})`),
    '',
    ...elements.map(elementSection),
  ].join('\n');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

const markdown = await apiDocs();
if (process.argv.includes('--check')) {
  const current = await readFile(OUTPUT, 'utf8').catch(() => '');
  if (current !== markdown) {
    console.error('docs/api.md is out of date: run npm run build:api-docs');
    process.exit(1);
  }
} else {
  await writeFile(OUTPUT, markdown);
}
