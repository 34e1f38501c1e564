import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  SCREENS,
  type CauseId,
  type FindingId,
  type Level,
  type Screen,
  type TriageResult,
} from '../checker/ids.js';
import { triage } from '../checker/triage.js';
import {
  audienceText,
  causeText,
  findingText,
  routeText,
  screenText,
} from '../content/checker-text.js';
import { getLocale } from '../localization.js';
import { safeHttpUrl, warnBadAttribute } from './attribute-check.js';
import { clinicContact } from './clinic-contact.js';
import { heading } from './heading.js';
import { tickIcon } from './icons.js';
import { sharedStyles } from './shared.styles.js';
import { calfPainCheckerStyles } from './calf-pain-checker.styles.js';
import { WidgetElement } from './widget-element.js';
// Renders <red-flag-banner>; index.ts defines it.
import './red-flag-banner.js';

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

/** A screen's answer: ticked findings, or "None of these" (an empty set with `none`). */
interface Answer {
  findings: Set<FindingId>;
  none: boolean;
}

const RESULT_STEP = SCREENS.length;
const CAUSES_SHOWN = 3;

/**
 * The reader's answers in one line, joined the way their language lists clauses that may hold
 * commas themselves ("; " in English, "؛ " in Arabic, "；" in Chinese): a translated pattern,
 * since Intl.ListFormat would join them with commas.
 */
function joinAnswers(answers: string[]): string {
  if (!answers.length) return '';
  return answers.reduce((list, answer) =>
    msg(str`${list}; ${answer}`, {
      id: 'checker.causes.reasons.join',
      desc: 'Joins the reader’s answers listed under a likely cause (each can hold commas). First placeholder: the answers so far; second: the next answer. Use your language’s semicolon and its spacing (Arabic "؛ ", Chinese "；").',
    }),
  );
}

/**
 * A short symptom checker: at most six questions, then how urgently to get help, the likely
 * causes and what to tell the doctor. Nothing the reader enters is stored or sent.
 *
 * @summary The calf pain symptom checker.
 * @fires {CustomEvent<CheckerResultDetail>} calf-checker-result - When a result is shown. `detail: { level, causes, findings }`, ids only.
 * @fires {CustomEvent<ShowCauseDetail>} calf-checker-show-cause - When the reader asks to read about a cause (cancelable; the guide handles it). `detail: { cause }`.
 * @csspart checker - The checker's wrapper.
 * @csspart question - Each question's fieldset.
 * @csspart result - The result.
 * @cssprop --cpg-self-care-color - Colour of buttons and the self-care card.
 * @cssprop --cpg-font-family - Font; default: inherited from the page.
 */
@localized()
export class CalfPainChecker extends WidgetElement {
  static override styles = [sharedStyles, calfPainCheckerStyles];

  /**
   * Address of a page with `<calf-pain-guide>`, for "Read more" links when the checker is used
   * alone. Inside the guide, the links open the guide's own sections.
   */
  @property({ attribute: 'guide-url' }) guideUrl = '';

  /** The screen shown: 0–5 for the questions, 6 for the result. */
  @state() private step = 0;
  @state() private answers = new Map<Screen['id'], Answer>();
  @state() private showError = false;
  @state() private announcement = '';
  @state() private copied = false;

  /** The last result shown, or undefined. */
  result: TriageResult | undefined;

  private focusAfterUpdate = false;

  /** Clears every answer and goes back to the first question. */
  reset(): void {
    this.answers = new Map();
    this.result = undefined;
    this.showError = false;
    this.announcement = '';
    this.copied = false;
    this.goTo(0);
  }

  /** Every finding answered so far, in the contract's order. */
  get findings(): FindingId[] {
    return SCREENS.flatMap((screen) => {
      const answer = this.answers.get(screen.id);
      return answer ? screen.findings.filter((id) => answer.findings.has(id)) : [];
    });
  }

  private goTo(step: number): void {
    this.step = step;
    this.showError = false;
    this.focusAfterUpdate = true;
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    const target = this.showError
      ? '.error'
      : this.step === RESULT_STEP
        ? '#result-heading'
        : `#question-${SCREENS[this.step].id}`;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private answerFor(screen: Screen): Answer {
    return this.answers.get(screen.id) ?? { findings: new Set(), none: false };
  }

  private setAnswer(screen: Screen, answer: Answer): void {
    const answers = new Map(this.answers);
    answers.set(screen.id, answer);
    this.answers = answers;
    this.showError = false;
  }

  private onToggle(screen: Screen, id: FindingId | 'none', checked: boolean): void {
    const current = this.answerFor(screen);
    if (id === 'none') {
      this.setAnswer(screen, { findings: new Set(), none: checked });
      return;
    }
    const findings = new Set(screen.kind === 'choice' ? [] : current.findings);
    if (checked) findings.add(id);
    else findings.delete(id);
    this.setAnswer(screen, { findings, none: false });
  }

  private next(): void {
    const screen = SCREENS[this.step];
    const answer = this.answers.get(screen.id);
    if (!answer || (!answer.none && answer.findings.size === 0)) {
      this.showError = true;
      this.focusAfterUpdate = true;
      return;
    }
    const emergencyNow = screen.id === 'emergency' && answer.findings.size > 0;
    if (emergencyNow || this.step === SCREENS.length - 1) this.showResult();
    else this.goTo(this.step + 1);
  }

  private back(): void {
    if (this.step === RESULT_STEP) {
      // From the result, go back to the last screen the reader actually answered.
      const emergency = this.answers.get('emergency');
      this.goTo(emergency && emergency.findings.size > 0 ? 0 : SCREENS.length - 1);
    } else if (this.step > 0) {
      this.goTo(this.step - 1);
    }
  }

  private showResult(): void {
    const findings = this.findings;
    const result = triage(findings);
    this.result = result;
    this.copied = false;
    this.goTo(RESULT_STEP);
    this.announcement = `${this.levelName(result.level)}. ${this.levelAction(result.level)}`;
    this.dispatchEvent(
      new CustomEvent<CheckerResultDetail>('calf-checker-result', {
        bubbles: true,
        composed: true,
        detail: { level: result.level, causes: result.causes.map((c) => c.id), findings },
      }),
    );
  }

  protected override render(): TemplateResult {
    if (this.guideUrl.trim() && !safeHttpUrl(this.guideUrl.trim())) {
      warnBadAttribute(this, 'guide-url', this.guideUrl, 'no "Read more" links');
    }
    return this.inLanguage(
      html`${
          this.step === RESULT_STEP && this.result
            ? this.renderResult(this.result)
            : this.renderScreen(SCREENS[this.step])
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>`,
      'checker',
      'checker',
    );
  }

  private renderScreen(screen: Screen): TemplateResult {
    const text = screenText().find((t) => t.id === screen.id);
    const labels = new Map(findingText().map((f) => [f.id, f]));
    const answer = this.answerFor(screen);
    // Western digits, as in the phone numbers and the rest of the text, in every language.
    const count = new Intl.NumberFormat(getLocale(), { numberingSystem: 'latn' });
    const total = count.format(SCREENS.length);
    const number = count.format(this.step + 1);
    const hintId = `hint-${screen.id}`;
    const errorId = `error-${screen.id}`;
    const type = screen.kind === 'checklist' ? 'checkbox' : 'radio';
    const describedBy = [text?.hint ? hintId : '', this.showError ? errorId : '']
      .filter(Boolean)
      .join(' ');
    const option = (id: FindingId | 'none', label: string, hint?: string) =>
      html`<div class="option">
        <input
          type=${type}
          id="option-${id}"
          name=${screen.id}
          value=${id}
          .checked=${id === 'none' ? answer.none : answer.findings.has(id)}
          @change=${(event: Event) =>
            this.onToggle(screen, id, (event.target as HTMLInputElement).checked)}
        />
        <label for="option-${id}"
          >${label}${hint ? html`<span class="option-hint">${hint}</span>` : nothing}</label
        >
      </div>`;
    return html`<form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        this.next();
      }}
    >
      ${this.step === 0 ? html`<p class="audience">${audienceText()}</p>` : nothing}
      <p class="progress">
        ${msg(str`Question ${number} of ${total}`, {
          id: 'checker.progress',
          desc: 'Progress line above each checker question, e.g. "Question 2 of 6".',
        })}
      </p>
      <fieldset part="question" aria-describedby=${describedBy || nothing}>
        <legend>
          ${heading(this.headingLevelInForce, text?.question ?? '', {
            focusable: true,
            id: `question-${screen.id}`,
          })}
        </legend>
        ${text?.hint ? html`<p class="hint" id=${hintId}>${text.hint}</p>` : nothing}
        ${
          this.showError
            ? html`<p class="error" id=${errorId} tabindex="-1">
                ${
                  screen.kind === 'checklist'
                    ? msg('Choose at least one answer, or "None of these".', {
                        id: 'checker.error.checklist',
                        desc: 'Shown when Next is pressed on a checklist with nothing ticked. "None of these" must match the option label.',
                      })
                    : msg('Choose one answer.', {
                        id: 'checker.error.choice',
                        desc: 'Shown when Next is pressed on a one-choice question with nothing chosen.',
                      })
                }
              </p>`
            : nothing
        }
        <div class="options">
          ${screen.findings.map((id) => option(id, labels.get(id)?.label ?? id, labels.get(id)?.hint))}
          ${
            screen.kind === 'checklist'
              ? html`<p class="or">
                    ${msg('or', {
                      id: 'checker.or',
                      desc: 'Divider between the symptom checkboxes and "None of these".',
                    })}
                  </p>
                  ${option(
                    'none',
                    msg('None of these', {
                      id: 'checker.none',
                      desc: 'Checkbox that clears all the others on a checklist question.',
                    }),
                  )}`
              : nothing
          }
        </div>
      </fieldset>
      <div class="buttons">
        ${
          this.step > 0
            ? html`<button type="button" class="secondary" @click=${() => this.back()}>
                ${msg('Back', { id: 'checker.back', desc: 'Button: go to the previous question.' })}
              </button>`
            : nothing
        }
        <button type="submit">
          ${msg('Next', { id: 'checker.next', desc: 'Button: go to the next question or the result.' })}
        </button>
      </div>
    </form>`;
  }

  private levelName(level: Level): string {
    switch (level) {
      case 'emergency':
        return msg('You need emergency help now', {
          id: 'checker.level.emergency',
          desc: 'Result heading for the emergency level.',
        });
      case 'urgent':
        return msg('You need to see a doctor today', {
          id: 'checker.level.urgent',
          desc: 'Result heading for the urgent (same-day) level.',
        });
      case 'routine':
        return msg('Book an appointment with your doctor', {
          id: 'checker.level.routine',
          desc: 'Result heading for the routine level: a normal appointment, not an emergency.',
        });
      default:
        return msg('You can probably look after this at home', {
          id: 'checker.level.self-care',
          desc: 'Result heading for the self-care level. "Probably": the reader should still watch for warning signs.',
        });
    }
  }

  private levelAction(level: Level): string {
    switch (level) {
      case 'emergency':
        return msg('Call for an ambulance or go to an emergency department now.', {
          id: 'checker.action.emergency',
          desc: 'Announced with the emergency result.',
        });
      case 'urgent':
        return msg('Get medical help the same day.', {
          id: 'checker.action.urgent',
          desc: 'Announced with the urgent result.',
        });
      case 'routine':
        return msg('See your doctor in the next few days or weeks.', {
          id: 'checker.action.routine',
          desc: 'Announced with the routine result: not urgent, but do book.',
        });
      default:
        return msg('Rest and care for it at home, and watch for the warning signs below.', {
          id: 'checker.action.self-care',
          desc: 'Announced with the self-care result.',
        });
    }
  }

  private renderCareCard(result: TriageResult, level: number): TemplateResult {
    const checked = this.checkedValues();
    if (result.level === 'self-care') {
      return html`<div class="self-care">
        <div class="self-care-heading">
          ${tickIcon}${heading(
            level,
            html`<span class="visually-hidden"
                >${msg('Self-care:', {
                  id: 'checker.prefix.self-care',
                  desc: 'Read by screen readers before the self-care card heading.',
                })}
              </span>
              ${msg('Care for yourself at home', {
                id: 'checker.self-care.heading',
                desc: 'Heading of the green self-care card.',
              })}`,
          )}
        </div>
        <div class="self-care-content">
          <p>${this.levelAction('self-care')}</p>
          <p>
            ${msg(
              'See a doctor if it gets worse, or if it is not getting better 3 days after it started.',
              {
                id: 'checker.self-care.review',
                desc: 'Self-care card: when to see a doctor after all. Counted from the day the pain started: readers who are already past 3 days only get self-care when the pain is getting better.',
              },
            )}
          </p>
          ${clinicContact(this.clinicName, checked.clinicPhone, checked.clinicUrl)}
        </div>
      </div>`;
    }
    const bannerLevel = result.level === 'routine' ? 'non-urgent' : result.level;
    // After a question-1 sign, this line replaces the card's list of emergency signs (the reader
    // has one already).
    const sinceStarted =
      result.level === 'emergency' && (this.answers.get('emergency')?.findings.size ?? 0) > 0
        ? html`<p>
            ${msg(
              'You have had a sign of an emergency since the pain started. Even if it has stopped, get help now.',
              {
                id: 'checker.emergency.since-started',
                desc: 'Emergency result, in the red card: the reader ticked a question-1 sign. Signs that came and went still count.',
              },
            )}
          </p>`
        : nothing;
    return html`<red-flag-banner
      level=${bannerLevel}
      heading-level=${level}
      .region=${checked.region}
      .emergencyNumber=${checked.emergencyNumber}
      .urgentNumber=${checked.urgentNumber}
      .clinicName=${this.clinicName}
      .clinicPhone=${checked.clinicPhone}
      .clinicUrl=${checked.clinicUrl}
      .clinicSameDay=${this.clinicSameDay}
      theme=${this.theme}
      >${sinceStarted}${result.routes.map((route) => html`<p>${routeText(route)}</p>`)}</red-flag-banner
    >`;
  }

  private renderResult(result: TriageResult): TemplateResult {
    const level = this.headingLevelInForce;
    const labels = new Map(findingText().map((f) => [f.id, f]));
    const causes = new Map(causeText().map((c) => [c.id, c]));
    const canLink = this.insideGuide || Boolean(safeHttpUrl(this.guideUrl));
    const checked = this.checkedValues();
    return html`<div class="result" part="result">
      ${heading(level, this.levelName(result.level), {
        focusable: true,
        className: 'result-heading',
        id: 'result-heading',
      })}
      ${this.renderCareCard(result, level + 1)}
      ${
        result.causes.length
          ? html`${heading(
                level + 1,
                msg('What might be causing it', {
                  id: 'checker.causes.heading',
                  desc: 'Result: heading over the list of likely causes.',
                }),
              )}
              <ol class="causes">
                ${result.causes.slice(0, CAUSES_SHOWN).map((cause) => {
                  const text = causes.get(cause.id);
                  const reasons = joinAnswers(
                    cause.reasons.map((id) => labels.get(id)?.label ?? id),
                  );
                  return html`<li>
                    <span class="cause-name">${text?.name ?? cause.id}</span>
                    <p>${text?.summary}</p>
                    ${
                      reasons
                        ? html`<p>
                            ${msg(str`Your answers that point to it: ${reasons}.`, {
                              id: 'checker.causes.reasons',
                              desc: 'Result, under a likely cause. The placeholder is a list of the reader’s own answers.',
                            })}
                          </p>`
                        : nothing
                    }
                    ${canLink ? this.renderCauseLink(cause.id) : nothing}
                  </li>`;
                })}
              </ol>`
          : nothing
      }
      ${heading(level + 1, this.doctorHeading())}
      <ul class="for-doctor" id="for-doctor">
        ${this.findings.map((id) => html`<li>${labels.get(id)?.forDoctor ?? id}</li>`)}
      </ul>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.copyForDoctor()}>
          ${
            this.copied
              ? msg('Copied', {
                  id: 'checker.copied',
                  desc: 'Button text after copying succeeded.',
                })
              : msg('Copy', {
                  id: 'checker.copy',
                  desc: 'Button: copy the "What to tell your doctor" sentences.',
                })
          }
        </button>
        <button type="button" class="secondary" @click=${() => this.printForDoctor()}>
          ${msg('Print', {
            id: 'checker.print',
            desc: 'Button: print the "What to tell your doctor" sentences.',
          })}
        </button>
      </div>
      ${
        result.level === 'emergency'
          ? nothing
          : html`<red-flag-banner
              level="emergency"
              heading-level=${level + 1}
              .heading=${msg('If things get worse', {
                id: 'checker.safety-net.heading',
                desc: 'Heading of the safety-net card under a non-emergency result: signs that mean get help now.',
              })}
              .region=${checked.region}
              .emergencyNumber=${checked.emergencyNumber}
              theme=${this.theme}
            ></red-flag-banner>`
      }
      <p class="not-diagnosis">
        ${msg('This is not a diagnosis. If you are worried, contact a doctor.', {
          id: 'checker.not-diagnosis',
          desc: 'Under every result.',
        })}
      </p>
      <p>
        ${msg('Your answers stay on this device. They are not saved or sent anywhere.', {
          id: 'checker.privacy',
          desc: 'Under every result: privacy statement. Must stay true: nothing is stored or sent.',
        })}
      </p>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.back()}>
          ${msg('Change my answers', {
            id: 'checker.change',
            desc: 'Button on the result: go back to the questions, keeping the answers.',
          })}
        </button>
        <button type="button" @click=${() => this.reset()}>
          ${msg('Start again', { id: 'checker.restart', desc: 'Button: clear all answers.' })}
        </button>
      </div>
    </div>`;
  }

  /** True when this checker is part of a `<calf-pain-guide>` that can open its sections. */
  private get insideGuide(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName === 'calf-pain-guide';
  }

  private renderCauseLink(cause: CauseId): TemplateResult {
    const label = msg('Read more about this', {
      id: 'checker.causes.read-more',
      desc: 'Link under a likely cause that opens its section of the guide.',
    });
    const guideUrl = safeHttpUrl(this.guideUrl);
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
    if (guideUrl && !this.insideGuide) {
      const href = new URL(guideUrl);
      href.hash = `cpg-${cause}`;
      return html`<a href=${href.href} @click=${onClick}>${label}</a>`;
    }
    return html`<button type="button" class="link" @click=${onClick}>${label}</button>`;
  }

  private async copyForDoctor(): Promise<void> {
    const text = this.doctorText();
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
    } catch {
      // Clipboard refused (permissions, insecure page): select the list so the reader can copy it.
      const list = this.renderRoot.querySelector('#for-doctor');
      const selection = getSelection();
      if (list && selection) {
        selection.selectAllChildren(list);
      }
    }
  }

  private doctorHeading(): string {
    return msg('What to tell your doctor', {
      id: 'checker.doctor.heading',
      desc: 'Result: heading over the reader’s answers written as sentences to show a doctor.',
    });
  }

  private doctorText(): string {
    const labels = new Map(findingText().map((f) => [f.id, f]));
    return this.findings.map((id) => labels.get(id)?.forDoctor ?? id).join('\n');
  }

  /**
   * Prints just the sentences for the doctor, from a blank frame, so the host page is not printed
   * with them. Text only: nothing from the page or the reader is parsed as HTML.
   */
  private printForDoctor(): void {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    Object.assign(frame.style, { position: 'fixed', inlineSize: '0', blockSize: '0', border: '0' });
    document.body.append(frame);
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    if (!doc || !win) {
      frame.remove();
      return;
    }
    doc.documentElement.lang = getLocale();
    doc.title = this.doctorHeading();
    const title = doc.createElement('h1');
    title.textContent = doc.title;
    const list = doc.createElement('ul');
    for (const line of this.doctorText().split('\n')) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    doc.body.append(title, list);
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
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
