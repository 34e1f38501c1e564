/**
 * Drives a <calf-pain-checker> the way a reader does: tick the answers on the question shown,
 * press Next, until the result; go back, start again, read what it shows. The one way tests
 * drive the checker, on this page or in an iframe's page (no `instanceof`).
 */
import { expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { SCREENS, type Screen } from '../../src/checker/ids.js';

const root = (checker: CalfPainChecker) => checker.shadowRoot!;

/** The question the checker shows now, or undefined at the result. */
export function currentScreen(checker: CalfPainChecker): Screen | undefined {
  return SCREENS.find((s) => root(checker).querySelector(`#question-${s.id}`));
}

/** The input of an option of the question shown (a finding id, or `none`). */
export const option = (checker: CalfPainChecker, id: string) =>
  root(checker).querySelector<HTMLInputElement>(`#option-${id}`)!;

export const nextButton = (checker: CalfPainChecker) =>
  root(checker).querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** A button of the checker by its text ("Back", "Copy", "Start again" …). */
export const buttonByText = (checker: CalfPainChecker, text: string) =>
  [...root(checker).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

/** The result's page, or null while a question shows. */
export const resultShown = (checker: CalfPainChecker) => root(checker).querySelector('.result');

/** "Check your answers", or null. */
export const checkShown = (checker: CalfPainChecker) => root(checker).querySelector('form.check');

/**
 * What the harness picks on a one-choice question none of the given findings answers: an answer
 * that adds nothing (age 16 to 49, the left leg, "No", "Neither"), else the last answer (as
 * before December 2026: over 2 weeks, getting worse).
 */
const NEUTRAL: Partial<Record<Screen['id'], string>> = { age: 'age-16-to-49', leg: 'leg-left' };
const fallbackPick = (screen: Screen) =>
  screen.kind === 'checklist' || screen.noFinding
    ? 'none'
    : (NEUTRAL[screen.id] ?? screen.findings.at(-1)!);

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

/** Presses Next without answering anything new. */
export async function next(checker: CalfPainChecker): Promise<void> {
  nextButton(checker).click();
  await settle(checker);
}

/** Presses a button by its text, and waits for what it does. */
export async function press(checker: CalfPainChecker, text: string): Promise<void> {
  buttonByText(checker, text).click();
  await settle(checker);
}

/**
 * Answers the question shown with the findings that belong to it, or with "None of these" (or
 * the last choice of a one-choice question) when none do, then presses Next.
 */
export async function answer(
  checker: CalfPainChecker,
  findings: readonly string[] = [],
  { choose = (input) => input.click(), beforeNext }: AnswerOptions = {},
): Promise<void> {
  const screen = currentScreen(checker);
  if (!screen) {
    // "Check your answers": See my result.
    await next(checker);
    return;
  }
  const mine = screen.findings.filter((id) => findings.includes(id));
  const picks = mine.length ? mine : [fallbackPick(screen)];
  for (const id of picks) {
    if (!option(checker, id).checked) choose(option(checker, id), id);
  }
  await settle(checker);
  beforeNext?.(nextButton(checker), screen.id);
  await next(checker);
}

/**
 * Answers question after question, then "See my result" on "Check your answers", until the result
 * shows, and waits for it to render.
 */
export async function runChecker(
  checker: CalfPainChecker,
  findings: readonly string[] = [],
  options: AnswerOptions = {},
): Promise<void> {
  for (let i = 0; i <= SCREENS.length && !resultShown(checker); i++) {
    await answer(checker, findings, options);
  }
  expect(resultShown(checker), 'a result').to.exist;
  await settle(checker);
}
