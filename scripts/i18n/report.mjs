// How the checks print a language's state: a verdict line, then its problems by kind.
import { KINDS } from './project.mjs';

/** The verdict for a language, in one line a translator can act on. */
export function verdict(language) {
  const { name, tag } = language;
  if (language.complete) {
    return language.ships
      ? `${name} (${tag}): complete, and it ships.`
      : `${name} (${tag}): complete. It can ship: set "ships": true in locales/review/${tag}.json.`;
  }
  const total = language.problems.length;
  const safety = language.problems.filter((p) => p.safetyCritical).length;
  const head = `${name} (${tag}): ${total} problem${total === 1 ? '' : 's'}${safety ? `, ${safety} in safety-critical units` : ''}.`;
  if (language.ready) {
    return `${head} Its safety-critical units are final, so it can ship; fix the rest.`;
  }
  return language.ships
    ? `${head} NOT READY: until it is, ${name} readers get English.`
    : `${head} In progress: it does not ship until its safety-critical units are final.`;
}

/**
 * Prints a language's problems, grouped by kind, safety-critical first.
 * @param {number} [limit] lines per kind (all when undefined)
 */
export function printProblems(language, { limit, log = console.log } = {}) {
  for (const [kind, title] of Object.entries(KINDS)) {
    const list = language.problems
      .filter((p) => p.kind === kind)
      .sort((a, b) => Number(b.safetyCritical) - Number(a.safetyCritical));
    if (!list.length) continue;
    log(`  ${title}: ${list.length}`);
    for (const problem of list.slice(0, limit ?? list.length)) {
      const mark = problem.safetyCritical ? '!' : ' ';
      log(`   ${mark} ${problem.id ?? ''}${problem.id ? ': ' : ''}${problem.text}`);
    }
    if (limit !== undefined && list.length > limit) {
      log(`     … and ${list.length - limit} more (npm run check:language ${language.tag})`);
    }
  }
  for (const request of language.pendingReviews ?? []) {
    const changed = request.changed
      ? `; ${request.changed} of them changed since: their review will not count, and npm run back-translation ${language.tag} asks about their new text`
      : '';
    log(`  waiting for a reviewer: ${request.file} (${request.units} units${changed})`);
  }
}
