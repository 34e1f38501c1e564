// Checks every XLIFF file in locales/ (run by `npm test`):
//   - every target locale of lit-localize.json has a file, with every message of the source;
//   - every unit has a non-empty target;
//   - each target keeps exactly the placeholders of its source;
//   - no target of four or more words equals its English source (an untranslated sentence).
import { readFileSync, existsSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const dir = new URL(`../${config.interchange.xliffDir.replace(/^\.\//, '')}`, import.meta.url);

const units = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id, body]) => ({
      id,
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
      target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
    }),
  );
const placeholders = (text) => (text.match(/<x [^>]*\/>/g) ?? []).sort();
const plain = (text) =>
  text
    .replace(/<x [^>]*\/>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const problems = [];
let sourceIds;
for (const locale of config.targetLocales) {
  const file = new URL(`${locale}.xlf`, dir);
  if (!existsSync(file)) {
    problems.push(`${locale}: no file locales/${locale}.xlf (run npm run localize:extract)`);
    continue;
  }
  const list = units(readFileSync(file, 'utf8'));
  const ids = list
    .map((u) => u.id)
    .sort()
    .join('\n');
  sourceIds ??= ids;
  if (ids !== sourceIds)
    problems.push(`${locale}: its messages differ from the other locales' (re-run extract)`);
  for (const { id, source, target } of list) {
    if (!target?.trim()) {
      problems.push(`${locale} ${id}: no translation`);
      continue;
    }
    if (placeholders(source).join() !== placeholders(target).join()) {
      problems.push(`${locale} ${id}: placeholders differ from the source`);
    }
    const words = plain(source)
      .split(' ')
      .filter((w) => /\p{L}/u.test(w));
    if (words.length >= 4 && plain(source) === plain(target)) {
      problems.push(`${locale} ${id}: the target is the English source`);
    }
  }
}

if (problems.length) {
  console.error(`Translation check: ${problems.length} problem(s)`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
  process.exit(1);
}
console.log(`Translation check: ${config.targetLocales.length} locales, every unit translated.`);
