// The decision table a clinician signs (docs/clinical-review/decision-table.md): its pairs of
// answers are the engine's own, and no pair that changes the level together is left out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DURATION_FINDINGS,
  LEVELS,
  ONSET_FINDINGS,
  SCREENS,
  TREND_FINDINGS,
  type FindingId,
  type Level,
} from '../../src/checker/ids.js';
import { triage } from '../../src/checker/triage.js';
import { decisionTableDocument } from '../../scripts/clinical-review/rules-docs.js';

const document = decisionTableDocument();
const LETTER: Record<string, Level> = { E: 'emergency', U: 'urgent', R: 'routine', S: 'self-care' };

/** Each "### … (`a`) with … (`b`)" section: its pair and its grid of levels, row by row. */
const listed = [...document.split('\n### ').slice(1)].map((section) => {
  const [a, b] = [...section.split('\n')[0].matchAll(/\(`([\w-]+)`\)/g)].map((m) => m[1]);
  const rows = section
    .split('\n')
    .filter((line) => /^\| [^-]/.test(line) && !line.startsWith('| how it started'))
    .map((line) =>
      line
        .split('|')
        .slice(2, -1)
        .map((cell) => LETTER[cell.replace(/\*/g, '').trim()]),
    );
  return { pair: [a, b] as [FindingId, FindingId], rows };
});
const key = ([a, b]: readonly string[]) => [a, b].sort().join(' + ');
const columns = DURATION_FINDINGS.flatMap((d) => TREND_FINDINGS.map((t) => [d, t] as const));
const higher = (x: Level, y: Level) => (LEVELS.indexOf(x) >= LEVELS.indexOf(y) ? x : y);

describe('the decision table: two answers together', () => {
  it('shows sciatica on both sides (rule E13) as an emergency in every cell', () => {
    const e13 = listed.find(({ pair }) => key(pair) === key(['back-pain', 'both-legs']));
    assert.ok(e13, 'back pain with both legs is listed');
    assert.equal(e13.rows.length, ONSET_FINDINGS.length);
    assert.ok(e13.rows.flat().every((level) => level === 'emergency'));
  });

  it('shows for each pair the level triage() gives with both answers', () => {
    assert.ok(listed.length >= 10, `only ${listed.length} pairs`);
    for (const { pair, rows } of listed) {
      ONSET_FINDINGS.forEach((onset, row) =>
        columns.forEach(([duration, trend], column) =>
          assert.equal(
            rows[row][column],
            triage([onset, duration, trend, ...pair]).level,
            `${pair.join(' + ')}, ${onset}, ${duration}, ${trend}`,
          ),
        ),
      );
    }
  });

  it('leaves out only pairs that give the higher of their two levels alone, in every cell', () => {
    const shown = new Set(listed.map(({ pair }) => key(pair)));
    const answers = SCREENS.filter(
      (screen) => !['emergency', 'onset', 'duration', 'trend'].includes(screen.id),
    ).flatMap((screen) => screen.findings.map((finding) => ({ finding, screen })));
    let checked = 0;
    for (const [i, first] of answers.entries()) {
      for (const second of answers.slice(i + 1)) {
        if (first.screen === second.screen && first.screen.kind === 'choice') continue;
        const pair = [first.finding, second.finding];
        if (shown.has(key(pair))) continue;
        checked++;
        for (const onset of ONSET_FINDINGS) {
          for (const [duration, trend] of columns) {
            const base: FindingId[] = [onset, duration, trend];
            const alone = higher(
              triage([...base, pair[0]]).level,
              triage([...base, pair[1]]).level,
            );
            const both = triage([...base, ...pair]);
            // A pair the checker never asks (pregnancy at 50 or over) may be left out whatever it gives.
            const asked = [first.screen, second.screen].every(
              (screen) => !screen.askIf || screen.askIf(new Set(pair)),
            );
            if (asked) assert.equal(both.level, alone, `${key(pair)}, ${base.join(', ')}`);
          }
        }
      }
    }
    assert.ok(checked > 800, `${checked} pairs checked`);
  });
});
