/**
 * The checker's call buttons: full-width `tel:` links for the reader's emergency number and
 * same-day line, and the call card that appears under question 1 as soon as a sign is ticked.
 * The numbers come from the settings in force (the embedder's, else the region's).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { callText, urgentText } from '../../content/checker-text.js';
import { emergencyNumberFor, numbersFor, telHref } from '../../emergency-numbers.js';
import { heading } from '../shared/heading.js';
import { emergencyIcon } from '../shared/icons.js';
import type { WidgetSettings } from '../shared/settings.js';

/** The emergency number to call, or undefined where the region is unknown. */
export function emergencyNumberIn(settings: WidgetSettings): string | undefined {
  return settings.emergencyNumber || emergencyNumberFor(settings.region);
}

/**
 * The full-width emergency call button, or the sentence that says which number to call where the
 * region is unknown.
 */
export function emergencyCallButton(settings: WidgetSettings): TemplateResult {
  const number = emergencyNumberIn(settings);
  if (!number) return html`<p class="call-generic">${callText.unknownRegion()}</p>`;
  // Numbers read left to right in every language (RTL text would reverse their groups).
  return html`<a class="call-button emergency" href=${telHref(number)}
    >${callText.button(number)}</a
  >`;
}

/**
 * The same-day line's button (the embedder's urgent number, else the region's line), or nothing.
 * A line's name often holds its number ("Gesundheitsnummer 1450"): then the name alone.
 */
export function urgentLineButton(settings: WidgetSettings): TemplateResult | typeof nothing {
  const own = settings.urgentNumber;
  const line = own ? { number: own, name: own } : numbersFor(settings.region)?.urgent;
  if (!line) return nothing;
  const digits = (text: string) => text.replace(/[^0-9#*+]/g, '');
  const label = digits(line.name).includes(digits(line.number))
    ? line.name
    : `${line.name}: ${line.number}`;
  return html`<a class="call-button" href=${telHref(line.number)}
    >${urgentText.lineButton(label)}</a
  >`;
}

/** The red card under a ticked question-1 sign: call now, with the full-width button. */
export function callCard(settings: WidgetSettings, headingLevel: number): TemplateResult {
  const number = emergencyNumberIn(settings);
  return html`<div class="call-card" role="region" aria-labelledby="call-card-heading">
    <div class="call-card-heading">
      ${emergencyIcon}${heading(headingLevel, callText.cardHeading(number), {
        id: 'call-card-heading',
      })}
    </div>
    <p>${callText.cardReason()}</p>
    ${emergencyCallButton(settings)}
  </div>`;
}
