/**
 * The checker's flow, apart from how it looks: which page is shown (a question, "Check your
 * answers" or the result), the reader's answers, whether to say an answer is missing, the way
 * back, and where focus goes when the page changes. The views (question-view.ts, check-view.ts,
 * result-view.ts) draw a page from it and call its actions; the element owns it and says what
 * happens when a result is reached.
 *
 * A page is data (`PageKey`), and the pages the reader passed through are kept in order
 * (`trail`). With `history` on, each page the reader moves on to is also an entry of the
 * browser's history that keeps the host's address exactly (state only), so the phone's Back
 * gesture steps back through the questions instead of leaving the page and losing the answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  SCREENS,
  type FindingId,
  type Screen,
  type ScreenId,
  type TriageResult,
} from '../../checker/ids.js';
import { triage } from '../../checker/triage.js';

/** A screen's answer: ticked findings, or "None of these" / "No" (an empty set with `none`). */
export interface Answer {
  findings: ReadonlySet<FindingId>;
  none: boolean;
}

/** Which page shows, as data: what the history entries hold. */
export type PageKey =
  { kind: 'question'; screen: ScreenId } | { kind: 'check' } | { kind: 'result' };

/** What the checker shows. */
export type CheckerPage =
  | { kind: 'question'; index: number; screen: Screen }
  | { kind: 'check' }
  | { kind: 'result'; result: TriageResult };

/** Where focus goes once the page is drawn: its heading, or the summary of a missing answer. */
export type FocusTarget = 'heading' | 'error';

export interface CheckerFlowOptions {
  /** A result is shown: `findings` are the answers it comes from. */
  onResult(result: TriageResult, findings: FindingId[]): void;
  /** Moves focus, after the page is drawn. */
  focus(target: FocusTarget): void;
  /** False when the host asked for no history entries (`history="off"`). */
  useHistory(): boolean;
}

const NO_ANSWER: Answer = { findings: new Set(), none: false };
const FIRST = { kind: 'question', screen: SCREENS[0].id } as const satisfies PageKey;
/** The key of our entries in `history.state`, beside whatever the host keeps there. */
const STATE_KEY = 'calfPainChecker';
let instances = 0;

const samePage = (a: PageKey, b: PageKey) =>
  a.kind === b.kind && (a.kind !== 'question' || a.screen === (b as typeof a).screen);

export class CheckerFlow implements ReactiveController {
  private answers = new Map<ScreenId, Answer>();
  private key: PageKey = FIRST;
  /** The pages the reader left by moving on, in order: Back returns to the last of them. */
  private trail: PageKey[] = [];
  private lastResult: TriageResult | undefined;
  private missing = false;
  private focusPending = false;
  /** A question opened from "Check your answers" by Change: Next returns there. */
  private changing = false;
  /** The emergency sign ticked last: the call card shows right under it. */
  private lastTicked: FindingId | undefined;
  /** This checker's name in history entries: several checkers may share a page. */
  private readonly instance = `c${++instances}`;
  /** How many history entries this checker pushed that are still behind the current one. */
  private pushed = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CheckerFlowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  /** The screens this reader is asked, in order (pregnancy is not asked at 50 or over). */
  get screens(): readonly Screen[] {
    const answered = new Set<FindingId>();
    return SCREENS.filter((screen) => {
      const asked = !screen.askIf || screen.askIf(answered);
      if (asked) this.answerFor(screen).findings.forEach((f) => answered.add(f));
      return asked;
    });
  }

  /** The page shown. */
  get page(): CheckerPage {
    const key = this.key;
    if (key.kind === 'result' && this.lastResult)
      return { kind: 'result', result: this.lastResult };
    if (key.kind === 'check') return { kind: 'check' };
    // A result key before any result (an old history entry): the first question.
    const id = key.kind === 'question' ? key.screen : FIRST.screen;
    const screen = SCREENS.find((s) => s.id === id) ?? SCREENS[0];
    return { kind: 'question', index: this.screens.indexOf(screen), screen };
  }

  /** How many questions this reader sees (the progress line says "Question 2 of 10"). */
  get questionCount(): number {
    return this.screens.length;
  }

  /** The last result shown, or undefined. */
  get result(): TriageResult | undefined {
    return this.lastResult;
  }

  set result(result: TriageResult | undefined) {
    this.lastResult = result;
    this.host.requestUpdate();
  }

  /** True after Next on a question with no answer, until it has one: the view says so. */
  get missingAnswer(): boolean {
    return this.missing;
  }

  /** Every finding answered so far on the screens this reader is asked, in the contract's order. */
  get findings(): FindingId[] {
    return this.screens.flatMap((screen) => {
      const answer = this.answers.get(screen.id);
      return answer ? screen.findings.filter((id) => answer.findings.has(id)) : [];
    });
  }

  /** The reader's answer to a screen so far. */
  answerFor(screen: Screen): Answer {
    return this.answers.get(screen.id) ?? NO_ANSWER;
  }

  /** True when a sign of question 1 is ticked: the call card shows, the result comes next. */
  get emergencySignTicked(): boolean {
    return (this.answers.get('emergency')?.findings.size ?? 0) > 0;
  }

  /** The question-1 box the call card sits under: the one ticked last, else the first ticked. */
  get callCardAfter(): FindingId | undefined {
    const ticked = this.answers.get('emergency')?.findings;
    if (!ticked?.size) return undefined;
    if (this.lastTicked && ticked.has(this.lastTicked)) return this.lastTicked;
    return SCREENS[0].findings.find((id) => ticked.has(id));
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
    if (screen.id === 'emergency' && checked) this.lastTicked = id;
    this.setAnswer(screen, { findings, none: false });
  }

  /**
   * Next: says so if the question has no answer; else the result after an emergency sign, the
   * next question, or "Check your answers" after the last (or after a change made from there).
   * On "Check your answers", Next shows the result.
   */
  next(): void {
    const page = this.page;
    if (page.kind === 'check') {
      this.go({ kind: 'result' });
      return;
    }
    if (page.kind !== 'question') return;
    const answer = this.answers.get(page.screen.id);
    if (!answer || (!answer.none && answer.findings.size === 0)) {
      this.missing = true;
      this.requestFocus();
      return;
    }
    if (page.screen.id === 'emergency' && answer.findings.size > 0) {
      this.go({ kind: 'result' });
      return;
    }
    const screens = this.screens;
    const after = screens.slice(screens.indexOf(page.screen) + 1);
    // From a change, the next question only if the change made one newly asked (and unanswered).
    const following = this.changing ? after.find((s) => !this.answers.has(s.id)) : after[0];
    this.go(following ? { kind: 'question', screen: following.id } : { kind: 'check' });
  }

  /** Change, on "Check your answers": that question, then back to "Check your answers". */
  change(screen: Screen): void {
    this.go({ kind: 'question', screen: screen.id });
    this.changing = true;
  }

  /** "Change my answers" on the result: "Check your answers". */
  reviewAnswers(): void {
    this.go({ kind: 'check' });
  }

  /** True when there is a page to go back to. */
  get canGoBack(): boolean {
    return this.trail.length > 0;
  }

  /** Back: the page the reader came from, as the browser's Back button does. */
  back(): void {
    const depth = this.trail.length;
    const previous = this.trail.pop();
    if (!previous) return;
    // Only when the current entry is this checker's own for this page (a browser may ignore a
    // pushState it throttles): the browser steps back too, so its Back and ours agree, and the
    // popstate it fires finds this page already shown. Never a step back out of the page.
    if (
      this.pushed > 0 &&
      this.options.useHistory() &&
      this.ownEntry(history.state)?.depth === depth
    ) {
      this.pushed--;
      history.back();
    }
    this.show(previous);
  }

  /** This checker's part of a history entry's state, if it has one. */
  private ownEntry(state: unknown): { page: PageKey; depth: number } | undefined {
    const ours =
      state && typeof state === 'object'
        ? ((state as Record<string, unknown>)[STATE_KEY] as Record<string, unknown> | undefined)
        : undefined;
    return ours?.[this.instance] as { page: PageKey; depth: number } | undefined;
  }

  /** Clears every answer and goes back to the first question. */
  reset(): void {
    this.answers = new Map();
    this.trail = [];
    this.lastResult = undefined;
    this.lastTicked = undefined;
    this.show(FIRST);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.options.focus(this.missing ? 'error' : 'heading');
  }

  /** Moves on to a page: it goes on the trail and, with history on, into the browser's history. */
  private go(key: PageKey): void {
    this.trail.push(this.key);
    if (this.options.useHistory()) {
      // The host's own state is kept (routers keep their keys there) and the address is not
      // touched: no path, query or hash changes, so no router sees a new route.
      const hostState: unknown = history.state;
      const base = hostState && typeof hostState === 'object' ? hostState : {};
      const ours = (base as Record<string, unknown>)[STATE_KEY];
      try {
        history.pushState(
          {
            ...base,
            [STATE_KEY]: {
              ...(ours && typeof ours === 'object' ? ours : {}),
              [this.instance]: { page: key, depth: this.trail.length },
            },
          },
          '',
        );
        // Chromium ignores, without an error, a pushState it throttles: count only real entries.
        if (this.ownEntry(history.state)?.depth === this.trail.length) this.pushed++;
      } catch {
        // The browser refused the entry (WebKit allows 100 a 10 seconds; a sandboxed frame may
        // allow none): the reader moves on all the same, without a step for Back.
      }
    }
    this.show(key);
  }

  private show(key: PageKey): void {
    this.changing = false;
    this.key = key;
    this.missing = false;
    if (key.kind === 'result') this.showResult();
    this.requestFocus();
  }

  private showResult(): void {
    const findings = this.findings;
    const result = triage(findings);
    this.lastResult = result;
    this.options.onResult(result, findings);
  }

  /** The browser's Back or Forward: the page its entry names for this checker. */
  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.options.useHistory()) return;
    const entry = this.ownEntry(event.state);
    // An entry from before this checker's first step: the page it started on.
    const target = entry?.page ?? this.trail[0] ?? this.key;
    const depth = entry?.depth ?? 0;
    if (samePage(target, this.key)) return;
    this.pushed = Math.max(0, depth);
    // Back: forget the pages after it; Forward: the page left is one more step to come back to.
    if (depth <= this.trail.length) this.trail = this.trail.slice(0, depth);
    else this.trail.push(this.key);
    this.show(target);
  };

  private setAnswer(screen: Screen, answer: Answer): void {
    this.answers = new Map(this.answers).set(screen.id, answer);
    this.missing = false;
    this.host.requestUpdate();
  }

  /** Focus moves once the page is drawn: to the summary if an answer is missing, else the heading. */
  private requestFocus(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }
}
