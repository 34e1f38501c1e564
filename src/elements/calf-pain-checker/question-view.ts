/**
 * A question page of the checker: the progress line, the question with its hint, its options
 * (checkboxes, or radio buttons for a one-choice question), the message when Next is pressed
 * with no answer, and Back and Next. What the buttons do is the flow's (checker-flow.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FindingId } from '../../checker/ids.js';
import { audienceText, screenText } from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import { heading } from '../shared/heading.js';
import type { CheckerFlow, CheckerPage } from './checker-flow.js';

export interface QuestionViewContext {
  flow: CheckerFlow;
  page: Extract<CheckerPage, { kind: 'question' }>;
  /** The text of every finding, by id (built once per render). */
  findingTexts: ReadonlyMap<FindingId, FindingText>;
  headingLevel: number;
  /** The language shown, whose number style writes the progress line. */
  locale: string;
}

/** The id of a question's heading, which takes focus when the question shows. */
export const questionHeadingId = (page: QuestionViewContext['page']) =>
  `question-${page.screen.id}`;

export function questionView({
  flow,
  page,
  findingTexts,
  headingLevel,
  locale,
}: QuestionViewContext): TemplateResult {
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
  const option = (id: FindingId | 'none', label: string, hint?: string) =>
    html`<div class="option">
      <input
        type=${type}
        id="option-${id}"
        name=${screen.id}
        value=${id}
        .checked=${id === 'none' ? answer.none : answer.findings.has(id)}
        @change=${(event: Event) =>
          flow.choose(screen, id, (event.target as HTMLInputElement).checked)}
      />
      <label for="option-${id}"
        >${label}${hint ? html`<span class="option-hint">${hint}</span>` : nothing}</label
      >
    </div>`;
  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      flow.next();
    }}
  >
    ${index === 0 ? html`<p class="audience">${audienceText()}</p>` : nothing}
    <p class="progress">
      ${msg(str`Question ${number} of ${total}`, {
        id: 'checker.progress',
        desc: 'Progress line above each checker question, e.g. "Question 2 of 6".',
      })}
    </p>
    <fieldset part="question" aria-describedby=${describedBy || nothing}>
      <legend>
        ${heading(headingLevel, text?.question ?? '', {
          focusable: true,
          id: questionHeadingId(page),
        })}
      </legend>
      ${text?.hint ? html`<p class="hint" id=${hintId}>${text.hint}</p>` : nothing}
      ${
        missing
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
        ${screen.findings.map((id) =>
          option(id, findingTexts.get(id)?.label ?? id, findingTexts.get(id)?.hint),
        )}
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
        index > 0
          ? html`<button type="button" class="secondary" @click=${() => flow.back()}>
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
