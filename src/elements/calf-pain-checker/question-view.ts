/**
 * A question page of the checker: a back link, the error summary when Next is pressed with no
 * answer, the progress line, the question with its hint, its options (checkboxes in groups under
 * subheadings, or radio buttons for a one-choice question), and Next. On question 1, a call card
 * appears right under the emergency sign ticked. What the buttons do is the flow's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { keyed } from 'lit/directives/keyed.js';
import type { FindingId, Screen } from '../../checker/ids.js';
import { audienceText, screenText } from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import { heading } from '../shared/heading.js';
import type { WidgetSettings } from '../shared/settings.js';
import { callCard } from './call-now.js';
import type { CheckerFlow, CheckerPage } from './checker-flow.js';

export interface QuestionViewContext {
  flow: CheckerFlow;
  page: Extract<CheckerPage, { kind: 'question' }>;
  /** The text of every finding, by id (built once per render). */
  findingTexts: ReadonlyMap<FindingId, FindingText>;
  headingLevel: number;
  /** The language shown, whose number style writes the progress line. */
  locale: string;
  /** The settings in force: the call card's number. */
  settings: WidgetSettings;
  /** Moves focus to an option (from the error summary's links). */
  focusOption(id: FindingId | 'none'): void;
}

/** The id of a question's heading, which takes focus when the question shows. */
export const questionHeadingId = (page: QuestionViewContext['page']) =>
  `question-${page.screen.id}`;

/** The id of the error summary, which takes focus when an answer is missing. */
export const ERROR_SUMMARY_ID = 'error-summary';

/** "Back", at the top of a page: the flow's Back, like the browser's. */
export function backLink(flow: CheckerFlow): TemplateResult {
  return html`<button type="button" class="link back-link" @click=${() => flow.back()}>
    ${msg('Back', { id: 'checker.back', desc: 'Button: go to the previous question.' })}
  </button>`;
}

function errorMessage(screen: Screen): string {
  return screen.kind === 'checklist'
    ? msg('Choose at least one answer, or "None of these".', {
        id: 'checker.error.checklist',
        desc: 'Shown when Next is pressed on a checklist with nothing ticked. "None of these" must match the option label.',
      })
    : msg('Choose one answer.', {
        id: 'checker.error.choice',
        desc: 'Shown when Next is pressed on a one-choice question with nothing chosen.',
      });
}

export function questionView(context: QuestionViewContext): TemplateResult {
  const { flow, page, findingTexts, headingLevel, locale, settings, focusOption } = context;
  const { screen, index } = page;
  const text = screenText().find((t) => t.id === screen.id);
  const answer = flow.answerFor(screen);
  const missing = flow.missingAnswer;
  // Western digits, as in the phone numbers and the rest of the text, in every language.
  const count = new Intl.NumberFormat(locale, { numberingSystem: 'latn' });
  const total = count.format(flow.questionCount);
  const number = count.format(index + 1);
  const hintId = `hint-${screen.id}`;
  const errorId = `error-${screen.id}`;
  const type = screen.kind === 'checklist' ? 'checkbox' : 'radio';
  const describedBy = [text?.hint ? hintId : '', missing ? errorId : ''].filter(Boolean).join(' ');
  const noneLabel =
    screen.kind === 'checklist'
      ? msg('None of these', {
          id: 'checker.none',
          desc: 'Checkbox that clears all the others on a checklist question.',
        })
      : text?.noFinding;
  const callAfter = screen.id === 'emergency' ? flow.callCardAfter : undefined;
  // The whole card is the target: the label wraps the control.
  const option = (id: FindingId | 'none', label: string, hint?: string) => {
    const checked = id === 'none' ? answer.none : answer.findings.has(id);
    return html`<label class="option ${checked ? 'checked' : ''}" id="label-${id}">
        <input
          type=${type}
          id="option-${id}"
          name=${screen.id}
          value=${id}
          .checked=${checked}
          @change=${(event: Event) =>
            flow.choose(screen, id, (event.target as HTMLInputElement).checked)}
        />
        <span class="option-text"
          >${label}${hint ? html`<span class="option-hint">${hint}</span>` : nothing}</span
        >
      </label>
      ${id === callAfter ? callCard(settings, headingLevel + 1) : nothing}`;
  };
  const findingOption = (id: FindingId) =>
    option(id, findingTexts.get(id)?.label ?? id, findingTexts.get(id)?.hint);
  const groups = screen.groups
    ? Object.entries(screen.groups).map(
        ([group, ids]) =>
          html`<div class="group" role="group" aria-labelledby="group-${group}">
            <p class="group-heading" id="group-${group}">${text?.groups?.[group] ?? group}</p>
            ${ids.map(findingOption)}
          </div>`,
      )
    : screen.findings.map(findingOption);
  const firstOption = screen.findings[0];
  const summaryLink = (id: FindingId | 'none', label: string) =>
    html`<li>
      <a
        href="#option-${id}"
        @click=${(event: Event) => {
          // Links inside a shadow root cannot scroll to their target by address.
          event.preventDefault();
          focusOption(id);
        }}
        >${label}</a
      >
    </li>`;
  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      flow.next();
    }}
  >
    ${flow.canGoBack ? backLink(flow) : nothing}
    ${
      missing
        ? html`<div
            class="error-summary"
            id=${ERROR_SUMMARY_ID}
            role="group"
            tabindex="-1"
            aria-labelledby="error-summary-title"
          >
            <p class="error-summary-title" id="error-summary-title">
              ${msg('There is a problem', {
                id: 'checker.error-summary.title',
                desc: 'Title of the box at the top of a question when Next is pressed with no answer (GOV.UK error summary).',
              })}
            </p>
            <ul>
              ${summaryLink(firstOption, errorMessage(screen))}
              ${
                screen.kind === 'checklist'
                  ? summaryLink(
                      'none',
                      msg('Or tick "None of these"', {
                        id: 'checker.error-summary.none',
                        desc: 'Second link in the error summary of a checklist question: goes to the "None of these" checkbox. "None of these" must match the option label.',
                      }),
                    )
                  : nothing
              }
            </ul>
          </div>`
        : nothing
    }
    ${index === 0 ? html`<p class="audience">${audienceText()}</p>` : nothing}
    <p class="progress">
      ${msg(str`Question ${number} of ${total}`, {
        id: 'checker.progress',
        desc: 'Progress line above each checker question, e.g. "Question 2 of 10". The total counts the questions this reader will see.',
      })}
    </p>
    ${keyed(
      // A new question draws a new fieldset, so its heading and inputs are new elements: Orca
      // keeps what it first read of an element over AT-SPI, and read the previous question's
      // heading ("Which leg hurts?"), or "None of these" as a radio button, when Lit only
      // changed a reused element's text or `type` (Chromium's own tree had the new ones).
      screen.id,
      html`<fieldset part="question" aria-describedby=${describedBy || nothing}>
        <legend>
          ${heading(headingLevel, text?.question ?? '', {
            focusable: true,
            id: questionHeadingId(page),
          })}
        </legend>
        ${text?.hint ? html`<p class="hint" id=${hintId}>${text.hint}</p>` : nothing}
        ${missing ? html`<p class="error" id=${errorId}>${errorMessage(screen)}</p>` : nothing}
        <div class="options">
          ${groups}
          ${
            screen.kind === 'checklist'
              ? html`<p class="or">
                  ${msg('or', {
                    id: 'checker.or',
                    desc: 'Divider between the symptom checkboxes and "None of these".',
                  })}
                </p>`
              : nothing
          }
          ${noneLabel && (screen.kind === 'checklist' || screen.noFinding) ? option('none', noneLabel) : nothing}
        </div>
      </fieldset>`,
    )}
    <div class="buttons">
      <button type="submit">
        ${msg('Next', { id: 'checker.next', desc: 'Button: go to the next question or the result.' })}
      </button>
    </div>
  </form>`;
}
