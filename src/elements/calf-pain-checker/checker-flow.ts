/**
 * The checker's flow, apart from how it looks: which page is shown (a question or the result),
 * the reader's answers, whether to say an answer is missing, the way back, and where focus goes
 * when the page changes. The views (question-view.ts, result-view.ts) draw a page from it and
 * call its actions; the element owns it and says what happens when a result is reached.
 *
 * A page is data (`CheckerPage`), and the pages the reader passed through are kept in order
 * (`trail`), so a new kind of page, or the browser's history, needs no change to the views.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SCREENS, type FindingId, type Screen, type TriageResult } from '../../checker/ids.js';
import { triage } from '../../checker/triage.js';

/** A screen's answer: ticked findings, or "None of these" (an empty set with `none`). */
export interface Answer {
  findings: ReadonlySet<FindingId>;
  none: boolean;
}

/** What the checker shows: question `index` of SCREENS, or the result of the answers. */
export type CheckerPage =
  { kind: 'question'; index: number; screen: Screen } | { kind: 'result'; result: TriageResult };

/** Where focus goes once the page is drawn: its heading, or the message about a missing answer. */
export type FocusTarget = 'heading' | 'error';

export interface CheckerFlowOptions {
  /** A result is shown: `findings` are the answers it comes from. */
  onResult(result: TriageResult, findings: FindingId[]): void;
  /** Moves focus, after the page is drawn. */
  focus(target: FocusTarget): void;
}

const NO_ANSWER: Answer = { findings: new Set(), none: false };

export class CheckerFlow implements ReactiveController {
  private answers = new Map<Screen['id'], Answer>();
  /** The question shown, by its index in SCREENS; the result when `shownResult` is set. */
  private index = 0;
  private shownResult: TriageResult | undefined;
  /** The questions the reader left with Next, in order: Back returns to the last of them. */
  private trail: number[] = [];
  private lastResult: TriageResult | undefined;
  private missing = false;
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CheckerFlowOptions,
  ) {
    host.addController(this);
  }

  /** The page shown. */
  get page(): CheckerPage {
    return this.shownResult
      ? { kind: 'result', result: this.shownResult }
      : { kind: 'question', index: this.index, screen: SCREENS[this.index] };
  }

  /** How many questions there are (the progress line says "Question 2 of 6"). */
  get questionCount(): number {
    return SCREENS.length;
  }

  /** The last result shown, or undefined. */
  get result(): TriageResult | undefined {
    return this.lastResult;
  }

  set result(result: TriageResult | undefined) {
    this.lastResult = result;
    if (this.shownResult) this.shownResult = result;
    this.host.requestUpdate();
  }

  /** True after Next on a question with no answer, until it has one: the view says so. */
  get missingAnswer(): boolean {
    return this.missing;
  }

  /** Every finding answered so far, in the contract's order. */
  get findings(): FindingId[] {
    return SCREENS.flatMap((screen) => {
      const answer = this.answers.get(screen.id);
      return answer ? screen.findings.filter((id) => answer.findings.has(id)) : [];
    });
  }

  /** The reader's answer to a screen so far. */
  answerFor(screen: Screen): Answer {
    return this.answers.get(screen.id) ?? NO_ANSWER;
  }

  /** True when a sign of question 1 was ticked: the result came straight after it. */
  get emergencySignTicked(): boolean {
    return (this.answers.get('emergency')?.findings.size ?? 0) > 0;
  }

  /** An option ticked or cleared. "None of these" clears the others; any other clears it. */
  choose(screen: Screen, id: FindingId | 'none', checked: boolean): void {
    if (id === 'none') {
      this.setAnswer(screen, { findings: new Set(), none: checked });
      return;
    }
    const findings = new Set(screen.kind === 'choice' ? [] : this.answerFor(screen).findings);
    if (checked) findings.add(id);
    else findings.delete(id);
    this.setAnswer(screen, { findings, none: false });
  }

  /**
   * Next: says so if the question has no answer; else the result after an emergency sign or
   * the last question, or the next question.
   */
  next(): void {
    const page = this.page;
    if (page.kind !== 'question') return;
    const answer = this.answers.get(page.screen.id);
    if (!answer || (!answer.none && answer.findings.size === 0)) {
      this.missing = true;
      this.requestFocus();
      return;
    }
    this.trail.push(page.index);
    const emergencyNow = page.screen.id === 'emergency' && answer.findings.size > 0;
    if (emergencyNow || page.index === SCREENS.length - 1) this.showResult();
    else this.show(page.index + 1);
  }

  /** Back: the question the reader came from (from the result, the last one they answered). */
  back(): void {
    const previous = this.trail.pop();
    if (previous !== undefined) this.show(previous);
  }

  /** Clears every answer and goes back to the first question. */
  reset(): void {
    this.answers = new Map();
    this.trail = [];
    this.lastResult = undefined;
    this.show(0);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.options.focus(this.missing ? 'error' : 'heading');
  }

  private show(index: number): void {
    this.index = index;
    this.shownResult = undefined;
    this.missing = false;
    this.requestFocus();
  }

  private showResult(): void {
    const findings = this.findings;
    const result = triage(findings);
    this.lastResult = result;
    this.shownResult = result;
    this.missing = false;
    this.requestFocus();
    this.options.onResult(result, findings);
  }

  private setAnswer(screen: Screen, answer: Answer): void {
    this.answers = new Map(this.answers).set(screen.id, answer);
    this.missing = false;
    this.host.requestUpdate();
  }

  /** Focus moves once the page is drawn: to the message if an answer is missing, else the heading. */
  private requestFocus(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }
}
