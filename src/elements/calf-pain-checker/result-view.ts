/**
 * The checker's result page: how urgently to get help (a care card), the likely causes with the
 * answers that point to each, what to tell the doctor, the signs to watch for, and the ways back.
 * The element supplies what depends on where it is: the settings for the cards, the "Read more"
 * links and the doctor summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  RISK_FACTORS,
  type CauseId,
  type FindingId,
  type Level,
  type TriageResult,
} from '../../checker/ids.js';
import {
  callText,
  causesText,
  causeText,
  routeText,
  safetyNetText,
  urgentText,
} from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import { clinicContact } from '../shared/clinic-contact.js';
import { heading } from '../shared/heading.js';
import { tickIcon } from '../shared/icons.js';
import type { WidgetSettings } from '../shared/settings.js';
import { emergencyCallButton, urgentLineButton } from './call-now.js';
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
      return msg('Book an appointment with your doctor in the next few days', {
        id: 'checker.level.routine',
        desc: 'Result heading for the routine level: a normal appointment in the next few days, not an emergency. Said once on the page, with its timeframe.',
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
      return msg('It is not an emergency, but a doctor should check it.', {
        id: 'checker.action.routine',
        desc: 'Announced with the routine result, after the heading that says to book an appointment in the next few days: not urgent, but do book.',
      });
    default:
      return msg('Rest and care for it at home, and watch for the warning signs below.', {
        id: 'checker.action.self-care',
        desc: 'Announced with the self-care result.',
      });
  }
}

export function resultView(context: ResultViewContext): TemplateResult {
  const { flow, result, headingLevel, cardSettings } = context;
  return html`<div class="result" part="result">
    ${heading(headingLevel, levelHeading(result.level), {
      focusable: true,
      className: 'result-heading',
      id: RESULT_HEADING_ID,
    })}
    ${lead(context)} ${result.routes.map((route) => html`<p class="route">${routeText(route)}</p>`)}
    ${context.doctorSummary(headingLevel + 1)} ${likelyCauses(context)}
    ${result.level === 'emergency' ? nothing : safetyNet(cardSettings, headingLevel + 1)}
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
    <p class="result-links">
      <button type="button" class="link" @click=${() => flow.reviewAnswers()}>
        ${msg('Change my answers', {
          id: 'checker.change',
          desc: 'Link on the result: go to "Check your answers", keeping the answers.',
        })}
      </button>
      <button type="button" class="link" @click=${() => flow.reset()}>
        ${msg('Start again', { id: 'checker.restart', desc: 'Link: clear all answers.' })}
      </button>
    </p>
  </div>`;
}

/**
 * What to do first, under the heading: the call button for an emergency; for the same day, the
 * reader's doctor, the urgent line and the fallback; the clinic's booking for the rest.
 */
function lead({ flow, result, headingLevel, cardSettings }: ResultViewContext): TemplateResult {
  switch (result.level) {
    case 'emergency':
      return html`<div class="lead lead--emergency">
        ${emergencyCallButton(cardSettings)}
        <p>
          ${
            flow.emergencySignTicked
              ? msg(
                  'You have had a sign of an emergency since the pain started. Even if it has stopped, get help now.',
                  {
                    id: 'checker.emergency.since-started',
                    desc: 'Emergency result, under the call button: the reader ticked a question-1 sign. Signs that came and went still count.',
                  },
                )
              : callText.why()
          }
        </p>
        <p class="strong">${callText.noDriving()}</p>
      </div>`;
    case 'urgent':
      return html`<div class="lead lead--urgent">
        <p>${urgentText.ask()}</p>
        ${urgentLineButton(cardSettings)}
        ${cardSettings.clinicSameDay ? clinicContact(cardSettings) : nothing}
        <p>${urgentText.fallback()}</p>
      </div>`;
    case 'routine':
      return html`<div class="lead">${clinicContact(cardSettings)}</div>`;
    default:
      return selfCareCard(headingLevel, cardSettings);
  }
}

/** The green self-care card: care at home, and when to see a doctor after all. */
function selfCareCard(headingLevel: number, cardSettings: WidgetSettings): TemplateResult {
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

/** A short safety net, with the full list of emergency signs folded under it. */
function safetyNet(cardSettings: WidgetSettings, headingLevel: number): TemplateResult {
  return html`<div class="safety-net">
    ${heading(
      headingLevel,
      msg('If things get worse', {
        id: 'checker.safety-net.heading',
        desc: 'Heading of the safety-net card under a non-emergency result: signs that mean get help now.',
      }),
    )}
    <p>${safetyNetText.now()}</p>
    <p>${safetyNetText.worse()}</p>
    <details class="fold">
      <summary>${safetyNetText.allSigns()}</summary>
      <red-flag-banner level="emergency" .settings=${cardSettings}></red-flag-banner>
    </details>
  </div>`;
}

/**
 * The possible causes (at most three), folded: each with the reader's answers that point to it as
 * a short list, and their risk factors said as risks.
 */
function likelyCauses({
  result,
  findingTexts,
  readMore,
}: ResultViewContext): TemplateResult | typeof nothing {
  if (!result.causes.length) return nothing;
  const causes = new Map(causeText().map((c) => [c.id, c]));
  const risky = new Set<FindingId>(RISK_FACTORS);
  return html`<details class="fold causes-fold">
    <summary>
      ${msg('What might be causing it', {
        id: 'checker.causes.heading',
        desc: 'Result: title of the folded list of possible causes.',
      })}
    </summary>
    <p>${causesText.cannotTell()}</p>
    <ol class="causes">
      ${result.causes.slice(0, CAUSES_SHOWN).map((cause) => {
        const text = causes.get(cause.id);
        const symptoms = cause.reasons.filter((id) => !risky.has(id));
        const risks = cause.reasons.filter((id) => risky.has(id) && findingTexts.get(id)?.risk);
        return html`<li>
          <span class="cause-name">${text?.name ?? cause.id}</span>
          <p>${text?.summary}</p>
          ${
            symptoms.length
              ? html`<p>${causesText.symptoms()}</p>
                  <ul>
                    ${symptoms.map((id) => html`<li>${findingTexts.get(id)?.label ?? id}</li>`)}
                  </ul>`
              : nothing
          }
          ${
            risks.length
              ? html`<p>${causesText.risks()}</p>
                  <ul>
                    ${risks.map((id) => html`<li>${findingTexts.get(id)?.risk}</li>`)}
                  </ul>`
              : nothing
          }
          ${readMore(cause.id)}
        </li>`;
      })}
    </ol>
  </details>`;
}
