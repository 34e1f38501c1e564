// What the docs say about the project's own files must stay true: the tests docs/quality.md
// cites exist under those names, and docs/architecture.md names files and commands that exist
// and import rules that lint really enforces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const architecture = read('docs/architecture.md');

test('every test docs/quality.md cites exists, under that name', () => {
  const quality = read('docs/quality.md');
  const citations = [
    ...quality.matchAll(
      /`((?:src|test)\/[^`]+\.(?:ts|mjs))`\s*›\s*((?:"[^"]*"(?:,\s*|\s+and\s+)?)+)/g,
    ),
  ];
  assert.ok(citations.length >= 40, `only ${citations.length} citations`);
  for (const [, file, names] of citations) {
    assert.ok(existsSync(new URL(file, root)), `${file} exists`);
    const source = read(file).replace(/\s*\n\s*/g, ' ');
    for (const [, name] of names.matchAll(/"([^"]*)"/g)) {
      for (const part of name.split('›').map((each) => each.trim())) {
        // A name built in a loop is cited up to its placeholder (‹level›); "…" stands for the rest.
        const plain = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(/[‹…]/)[0].trim();
        if (plain) assert.ok(source.includes(plain), `${file} has no test "${part}"`);
      }
    }
  }
});

test('every file and folder docs/architecture.md names exists', () => {
  const paths = [...architecture.matchAll(/`((?:src|test|scripts)\/[\w./-]*)`/g)].map(([, p]) => p);
  assert.ok(paths.length >= 15, `only ${paths.length} paths`);
  // src/elements/<name>/… stands for each element's folder.
  const elements = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'];
  for (const path of paths) {
    const concrete = path.includes('<name>')
      ? elements.map((name) => path.replaceAll('<name>', name))
      : [path];
    for (const each of concrete) assert.ok(existsSync(new URL(each, root)), `${each} exists`);
  }
});

test('every command docs/architecture.md names is a script of package.json', () => {
  const { scripts } = JSON.parse(read('package.json'));
  const commands = [...architecture.matchAll(/npm run ([\w:-]+)/g)].map(([, name]) => name);
  assert.ok(commands.includes('test:quick') && commands.includes('test:one'));
  for (const name of commands) assert.ok(scripts[name], `npm run ${name}`);
});

test('lint refuses what docs/architecture.md says a layer may not import', async () => {
  const eslint = new ESLint({ cwd: new URL('.', root).pathname });
  const refused = async (file, code) => {
    const [result] = await eslint.lintText(code, { filePath: new URL(file, root).pathname });
    return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
  };
  const imports = {
    'an element': "import '../elements/shared/heading.js';\n",
    'the runtime': "import { getLocale } from '../localization.js';\nexport { getLocale };\n",
  };
  for (const [what, code] of Object.entries(imports)) {
    assert.ok(await refused('src/checker/new.ts', code), `src/checker imports ${what}`);
    assert.ok(await refused('src/content/new.ts', code), `src/content imports ${what}`);
    assert.ok(await refused('src/embed/new.ts', code), `src/embed imports ${what}`);
  }
  assert.ok(
    await refused('src/checker/new.ts', "import '../content/guide.js';\n"),
    'checker → content',
  );
  // The control: what a layer may import passes.
  assert.ok(
    !(await refused(
      'src/content/new.ts',
      "import { LEVELS } from '../checker/ids.js';\nexport { LEVELS };\n",
    )),
  );
  assert.ok(!(await refused('src/elements/new.ts', "import '../localization.js';\n")));
});
