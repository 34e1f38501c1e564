/**
 * "Check your answers" (the GOV.UK pattern), before the result: each question this reader was
 * asked with their answer and a Change link that returns to that question, then back here.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FindingId } from '../../checker/ids.js';
import { screenText } from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import { heading } from '../shared/heading.js';
import type { CheckerFlow } from './checker-flow.js';
import { backLink } from './question-view.js';

/** The id of the page's heading, which takes focus when it shows. */
export const CHECK_HEADING_ID = 'check-heading';

export interface CheckViewContext {
  flow: CheckerFlow;
  findingTexts: ReadonlyMap<FindingId, FindingText>;
  headingLevel: number;
}

export function checkView({ flow, findingTexts, headingLevel }: CheckViewContext): TemplateResult {
  const texts = new Map(screenText().map((t) => [t.id, t]));
  const none = msg('None of these', {
    id: 'checker.none',
    desc: 'Checkbox that clears all the others on a checklist question.',
  });
  return html`<form
    class="check"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      flow.next();
    }}
  >
    ${backLink(flow)}
    ${heading(
      headingLevel,
      msg('Check your answers', {
        id: 'checker.check.heading',
        desc: 'Heading of the page before the result that lists every answer, each with a Change link (GOV.UK "Check your answers").',
      }),
      { focusable: true, id: CHECK_HEADING_ID },
    )}
    <dl class="answers">
      ${flow.screens.map((screen) => {
        const text = texts.get(screen.id);
        const question = text?.question ?? '';
        const answer = flow.answerFor(screen);
        const labels = answer.none
          ? [screen.kind === 'checklist' ? none : (text?.noFinding ?? none)]
          : screen.findings
              .filter((id) => answer.findings.has(id))
              .map((id) => findingTexts.get(id)?.label ?? id);
        return html`<div class="answer-row">
          <dt>${question}</dt>
          <dd>
            ${
              labels.length > 1
                ? html`<ul>
                    ${labels.map((label) => html`<li>${label}</li>`)}
                  </ul>`
                : labels[0]
            }
          </dd>
          <dd class="answer-change">
            <button type="button" class="link" @click=${() => flow.change(screen)}>
              ${msg('Change', {
                id: 'checker.check.change',
                desc: 'Link beside each answer on "Check your answers": go back to that question. Screen readers hear the question after it.',
              })}<span class="visually-hidden">: ${question}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <div class="buttons">
      <button type="submit">
        ${msg('See my result', {
          id: 'checker.check.submit',
          desc: 'Button at the end of "Check your answers": show the result.',
        })}
      </button>
    </div>
  </form>`;
}
