/**
 * Drives a <calf-pain-checker> the way a reader does: tick the answers on the screen shown, press
 * Next, until the result. Works on a checker in this page or in an iframe's page.
 */
import { expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker.js';
import { SCREENS } from '../../src/checker/ids.js';

const root = (checker: CalfPainChecker) => checker.shadowRoot!;

/** The screen the checker shows now, or undefined at the result. */
export function currentScreen(checker: CalfPainChecker) {
  return SCREENS.find((s) => root(checker).querySelector(`#question-${s.id}`));
}

export const option = (checker: CalfPainChecker, id: string) =>
  root(checker).querySelector<HTMLInputElement>(`#option-${id}`)!;

export const nextButton = (checker: CalfPainChecker) =>
  root(checker).querySelector<HTMLButtonElement>('button[type="submit"]')!;

export interface AnswerOptions {
  /** How an option is chosen; clicking its input unless told otherwise. */
  choose?: (input: HTMLInputElement, id: string) => void;
  /** Checks made on the Next button before it is pressed. */
  beforeNext?: (next: HTMLButtonElement, screenId: string) => void;
}

/** Waits for the checker and every element inside it to render. */
async function settle(checker: CalfPainChecker): Promise<void> {
  await checker.updateComplete;
  for (const element of root(checker).querySelectorAll('*')) {
    const pending = (element as Partial<CalfPainChecker>).updateComplete;
    if (pending) await pending;
  }
}

/**
 * Answers the screen shown with the findings that belong to it, or with "None of these" (or the
 * last choice of a single-answer question) when none do, then presses Next.
 */
export async function answer(
  checker: CalfPainChecker,
  findings: readonly string[] = [],
  { choose = (input) => input.click(), beforeNext }: AnswerOptions = {},
): Promise<void> {
  const screen = currentScreen(checker)!;
  const mine = screen.findings.filter((id) => findings.includes(id));
  const picks = mine.length
    ? mine
    : [screen.kind === 'checklist' ? 'none' : screen.findings.at(-1)!];
  for (const id of picks) {
    if (!option(checker, id).checked) choose(option(checker, id), id);
  }
  await settle(checker);
  beforeNext?.(nextButton(checker), screen.id);
  nextButton(checker).click();
  await settle(checker);
}

/** Answers screen after screen until the result shows. */
export async function runChecker(
  checker: CalfPainChecker,
  findings: readonly string[] = [],
  options: AnswerOptions = {},
): Promise<void> {
  for (let i = 0; i < SCREENS.length && !root(checker).querySelector('.result'); i++) {
    await answer(checker, findings, options);
  }
  expect(root(checker).querySelector('.result'), 'a result').to.exist;
}
