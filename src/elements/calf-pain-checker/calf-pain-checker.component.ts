import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { CauseId, FindingId, Level, TriageResult } from '../../checker/ids.js';
import { getLocale, loadPartTranslations } from '../../localization.js';
import { safeHttpUrl, warnBadAttribute } from '../shared/attribute-check.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { WidgetElement } from '../shared/widget-element.js';
import { RedFlagBanner } from '../red-flag-banner/red-flag-banner.component.js';
import { calfPainCheckerStyles } from './calf-pain-checker.styles.js';
import { CheckerFlow, type FocusTarget } from './checker-flow.js';
import type { DoctorSummary } from './doctor-summary.js';

type CheckerViews = typeof import('./checker-views.js');

/** The checker's views and text, once loaded (the same for every checker in the page). */
let views: CheckerViews | undefined;
let viewsLoading: Promise<CheckerViews | undefined> | undefined;

/**
 * Loads what the checker draws (checker-views.ts): a chunk of its own in the bundler entry,
 * inside the file in the one-file builds. Called when a checker is first drawn, and by the guide
 * when the page is idle, so its checker section opens without waiting. Resolves to undefined if
 * the chunk cannot load (offline after the page loaded); a later call tries again.
 */
export function loadCheckerViews(): Promise<CheckerViews | undefined> {
  // With its translations (in the bundler entry, a chunk per language: the checker never
  // draws in English first).
  viewsLoading ??= Promise.all([
    import('./checker-views.js'),
    loadPartTranslations('checker-views'),
  ]).then(
    ([loaded]) => (views = loaded),
    (error: unknown) => {
      viewsLoading = undefined;
      console.warn('calf-pain-checker: could not load the checker:', error);
      return undefined;
    },
  );
  return viewsLoading;
}

// On a server (a framework's own SSR) a checker draws at once: the views are inside this file
// there, so they are in before any render.
if (isServer) void loadCheckerViews();

/** Detail of `calf-checker-result`: ids only, never free text. */
export interface CheckerResultDetail {
  level: Level;
  causes: CauseId[];
  findings: FindingId[];
}

/** Detail of `calf-checker-show-cause`: the cause the reader asked to read about. */
export interface ShowCauseDetail {
  cause: CauseId;
}

/**
 * A short symptom checker: up to ten short questions (one decision each), "Check your answers",
 * then how urgently to get help, what to tell the doctor and the possible causes. The browser's
 * Back steps back through the questions. Nothing the reader enters is stored or sent.
 *
 * @tag calf-pain-checker
 * @summary The calf pain symptom checker.
 * @fires {CustomEvent<CheckerResultDetail>} calf-checker-result - When a result is shown. `detail: { level, causes, findings }`, ids only.
 * @fires {CustomEvent<ShowCauseDetail>} calf-checker-show-cause - When the reader asks to read about a cause (cancelable; the guide handles it). `detail: { cause }`.
 * @csspart checker - The checker's wrapper.
 * @csspart question - Each question's fieldset.
 * @csspart result - The result.
 * @cssprop --cpg-self-care-color - Colour of buttons and the self-care card.
 * @cssprop --cpg-font-family - Font; default: inherited from the page.
 * @cssstate loading - Defined but not drawn yet: its questions (a part of the bundler entry) or its language are on their way. Hold its space with `calf-pain-checker:state(loading)` (docs/embedding.md).
 */
@localized()
export class CalfPainChecker extends WidgetElement {
  static override styles = [sharedStyles, calfPainCheckerStyles];

  /** @internal The elements its result draws: defined with it (src/define.ts). */
  static dependencies = { 'red-flag-banner': RedFlagBanner };

  /**
   * Address of a page with `<calf-pain-guide>`, for "Read more" links when the checker is used
   * alone. Inside the guide, the links open the guide's own sections.
   */
  @property({ attribute: 'guide-url' }) guideUrl = '';

  /**
   * `off`: the questions add no entries to the browser's history, so the browser's Back leaves
   * the page as if the checker were not there. By default each question the reader moves on to
   * is a history entry that keeps the page's address exactly (path, query and hash), so the
   * phone's Back gesture returns to the previous question instead of losing the answers.
   */
  @property() history: 'on' | 'off' | string = 'on';

  /** What the live region says: the result, when it shows. */
  @state() private announcement = '';

  /**
   * The address "Read more" links to, checked: '' when it is not http(s). An empty guide-url is
   * the page itself (its own `#cpg-<cause>` anchors), as the links have always read it.
   */
  private guideAddress = '';

  private readonly flow = new CheckerFlow(this, {
    onResult: (result, findings) => this.onResult(result, findings),
    focus: (target) => this.moveFocus(target),
    useHistory: () => this.history.trim().toLowerCase() !== 'off',
  });

  /** "What to tell your doctor": made with the views, when they load. */
  private doctor: DoctorSummary | undefined;

  /** The sign the call card was last drawn under: a new one scrolls it into view. */
  private callCardShownAfter: FindingId | undefined;

  /** The last result shown, or undefined. */
  get result(): TriageResult | undefined {
    return this.flow.result;
  }

  set result(result: TriageResult | undefined) {
    this.flow.result = result;
  }

  /** Every finding answered so far, in the contract's order. */
  get findings(): FindingId[] {
    return this.flow.findings;
  }

  /** Moves focus to the heading of the page shown: the question, "Check your answers" or the result. */
  focusHeading(): void {
    this.moveFocus('heading');
  }

  /** Clears every answer and goes back to the first question. */
  reset(): void {
    this.announcement = '';
    this.doctor?.forget();
    this.flow.reset();
  }

  /**
   * The first update waits for the views (a chunk of the bundler entry, loaded once per page),
   * so `updateComplete` resolves only once the checker is drawn. Until then the element is
   * empty, as while its language loads: inside the guide it sits in a closed section.
   */
  protected override scheduleUpdate(): ReturnType<WidgetElement['scheduleUpdate']> {
    if (views) return super.scheduleUpdate();
    // Defined but empty until the views are in: the page can hold space with :state(loading).
    this.waitingToDraw(true);
    return loadCheckerViews().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.guideAddress = safeHttpUrl(this.guideUrl) ?? '';
    if (this.guideUrl.trim() && !this.guideAddress) {
      warnBadAttribute(this, 'guide-url', this.guideUrl, 'no "Read more" links');
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    // Only if the views could not load (scheduleUpdate waits for them): nothing, not half a page.
    if (!views) return nothing;
    const { checkView, doctorSummaryLines, findingText, levelHeading, questionView, resultView } =
      views;
    const doctor = (this.doctor ??= new views.DoctorSummary(this, (text) => {
      this.announcement = text;
    }));
    const page = this.flow.page;
    const locale = getLocale();
    // Built once per render: the questions, the causes and the doctor's list all read it.
    const findingTexts = new Map(findingText(locale).map((f) => [f.id, f]));
    const headingLevel = this.resolved.headingLevel;
    const settings = this.settingsFor(headingLevel + 1);
    const content =
      page.kind === 'question'
        ? questionView({
            flow: this.flow,
            page,
            findingTexts,
            headingLevel,
            locale,
            settings,
            focusOption: (id) =>
              this.renderRoot.querySelector<HTMLElement>(`#option-${id}`)?.focus(),
          })
        : page.kind === 'check'
          ? checkView({ flow: this.flow, findingTexts, headingLevel })
          : resultView({
              flow: this.flow,
              result: page.result,
              findingTexts,
              headingLevel,
              cardSettings: settings,
              readMore: (cause) => this.readMore(cause),
              doctorSummary: (summaryHeadingLevel) =>
                doctor.render(
                  doctorSummaryLines(this.flow, findingTexts, levelHeading(page.result.level)),
                  summaryHeadingLevel,
                  locale,
                  page.result.level,
                ),
            });
    return this.inLanguage(
      html`${content}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>`,
      'checker',
      'checker',
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A newly ticked emergency sign: its call card is drawn right under it; keep it in view.
    const after = this.flow.page.kind === 'question' ? this.flow.callCardAfter : undefined;
    if (after && after !== this.callCardShownAfter) {
      this.renderRoot.querySelector('.call-card')?.scrollIntoView({ block: 'nearest' });
    }
    this.callCardShownAfter = after;
  }

  private onResult(result: TriageResult, findings: FindingId[]): void {
    this.doctor?.forget();
    // A result comes from the views' buttons (or the history they made): they are loaded.
    if (views) {
      this.announcement = `${views.levelHeading(result.level)}. ${views.levelAction(result.level)}`;
    }
    this.dispatchEvent(
      new CustomEvent<CheckerResultDetail>('calf-checker-result', {
        bubbles: true,
        composed: true,
        detail: { level: result.level, causes: result.causes.map((c) => c.id), findings },
      }),
    );
  }

  /** Focus to the page's heading, or to the error summary when an answer is missing. */
  private moveFocus(target: FocusTarget): void {
    const page = this.flow.page;
    if (!views) return;
    const { CHECK_HEADING_ID, ERROR_SUMMARY_ID, RESULT_HEADING_ID, questionHeadingId } = views;
    const id =
      target === 'error'
        ? ERROR_SUMMARY_ID
        : page.kind === 'question'
          ? questionHeadingId(page)
          : page.kind === 'check'
            ? CHECK_HEADING_ID
            : RESULT_HEADING_ID;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /**
   * "Read more" under a likely cause: inside the guide, a button that opens its section there;
   * alone, a link to the cause on the guide's page (guide-url); else nothing.
   */
  private readMore(cause: CauseId): TemplateResult | typeof nothing {
    const insideGuide = this.resolved.insideGuide;
    if (!insideGuide && !this.guideAddress) return nothing;
    const label = msg('Read more about this', {
      id: 'checker.causes.read-more',
      desc: 'Link under a likely cause that opens its section of the guide.',
    });
    const onClick = (event: Event) => {
      const handled = !this.dispatchEvent(
        new CustomEvent<ShowCauseDetail>('calf-checker-show-cause', {
          bubbles: true,
          composed: true,
          cancelable: true,
          detail: { cause },
        }),
      );
      if (handled) event.preventDefault();
    };
    if (!insideGuide) {
      const href = new URL(this.guideAddress);
      href.hash = `cpg-${cause}`;
      return html`<a href=${href.href} @click=${onClick}>${label}</a>`;
    }
    return html`<button type="button" class="link" @click=${onClick}>${label}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calf-pain-checker': CalfPainChecker;
  }
  interface HTMLElementEventMap {
    'calf-checker-result': CustomEvent<CheckerResultDetail>;
  }
}
