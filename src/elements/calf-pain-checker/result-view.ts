/**
 * The checker's result page: how urgently to get help (a care card), the likely causes with the
 * answers that point to each, what to tell the doctor, the signs to watch for, and the ways back.
 * The element supplies what depends on where it is: the settings for the cards, the "Read more"
 * links and the doctor summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CauseId, FindingId, Level, TriageResult } from '../../checker/ids.js';
import { causeText, routeText } from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import { clinicContact } from '../shared/clinic-contact.js';
import { heading } from '../shared/heading.js';
import { tickIcon } from '../shared/icons.js';
import type { WidgetSettings } from '../shared/settings.js';
import type { CheckerFlow } from './checker-flow.js';
// The result draws <red-flag-banner>: the checker's dependency, defined with it.
import '../red-flag-banner/red-flag-banner.component.js';

/** How many likely causes the result names. */
const CAUSES_SHOWN = 3;

/** The id of the result's heading, which takes focus when the result shows. */
export const RESULT_HEADING_ID = 'result-heading';

export interface ResultViewContext {
  flow: CheckerFlow;
  result: TriageResult;
  /** The text of every finding, by id (built once per render). */
  findingTexts: ReadonlyMap<FindingId, FindingText>;
  headingLevel: number;
  /** The settings for the cards of the result, whose headings are one level down. */
  cardSettings: WidgetSettings;
  /** "Read more" about a cause, or nothing where there is nowhere to read it. */
  readMore(cause: CauseId): TemplateResult | typeof nothing;
  /** "What to tell your doctor", at a heading level. */
  doctorSummary(headingLevel: number): TemplateResult;
}

/** The result's heading for a level: what to do, in a few words. */
export function levelHeading(level: Level): string {
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

/** What to do at a level, in one sentence (announced with the result). */
export function levelAction(level: Level): string {
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

export function resultView(context: ResultViewContext): TemplateResult {
  const { flow, result, headingLevel, cardSettings } = context;
  return html`<div class="result" part="result">
    ${heading(headingLevel, levelHeading(result.level), {
      focusable: true,
      className: 'result-heading',
      id: RESULT_HEADING_ID,
    })}
    ${careCard(context)} ${likelyCauses(context)} ${context.doctorSummary(headingLevel + 1)}
    ${
      result.level === 'emergency'
        ? nothing
        : html`<red-flag-banner
            level="emergency"
            .heading=${msg('If things get worse', {
              id: 'checker.safety-net.heading',
              desc: 'Heading of the safety-net card under a non-emergency result: signs that mean get help now.',
            })}
            .settings=${cardSettings}
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
      <button type="button" class="secondary" @click=${() => flow.back()}>
        ${msg('Change my answers', {
          id: 'checker.change',
          desc: 'Button on the result: go back to the questions, keeping the answers.',
        })}
      </button>
      <button type="button" @click=${() => flow.reset()}>
        ${msg('Start again', { id: 'checker.restart', desc: 'Button: clear all answers.' })}
      </button>
    </div>
  </div>`;
}

/** How urgently to get help: the green self-care card, or a care card with the numbers to call. */
function careCard({ flow, result, headingLevel, cardSettings }: ResultViewContext): TemplateResult {
  if (result.level === 'self-care') {
    return html`<div class="self-care">
      <div class="self-care-heading">
        ${tickIcon}${heading(
          headingLevel + 1,
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
        <p>${levelAction('self-care')}</p>
        <p>
          ${msg(
            'See a doctor if it gets worse, or if it is not getting better 3 days after it started.',
            {
              id: 'checker.self-care.review',
              desc: 'Self-care card: when to see a doctor after all. Counted from the day the pain started: readers who are already past 3 days only get self-care when the pain is getting better.',
            },
          )}
        </p>
        ${clinicContact(cardSettings)}
      </div>
    </div>`;
  }
  // After a question-1 sign, this line replaces the card's list of emergency signs (the reader
  // has one already).
  const sinceStarted =
    result.level === 'emergency' && flow.emergencySignTicked
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
  return html`<red-flag-banner level=${result.level} .settings=${cardSettings}
    >${sinceStarted}${result.routes.map((route) => html`<p>${routeText(route)}</p>`)}</red-flag-banner
  >`;
}

/** The likely causes (at most three), each with the reader's answers that point to it. */
function likelyCauses({
  result,
  findingTexts,
  headingLevel,
  readMore,
}: ResultViewContext): TemplateResult | typeof nothing {
  if (!result.causes.length) return nothing;
  const causes = new Map(causeText().map((c) => [c.id, c]));
  return html`${heading(
      headingLevel + 1,
      msg('What might be causing it', {
        id: 'checker.causes.heading',
        desc: 'Result: heading over the list of likely causes.',
      }),
    )}
    <ol class="causes">
      ${result.causes.slice(0, CAUSES_SHOWN).map((cause) => {
        const text = causes.get(cause.id);
        const reasons = joinAnswers(cause.reasons.map((id) => findingTexts.get(id)?.label ?? id));
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
          ${readMore(cause.id)}
        </li>`;
      })}
    </ol>`;
}
