/**
 * What the guide's sections show once opened: the introduction, "Why these signs matter", the
 * cause groups, the other causes and the sources, with their pictures. The element
 * (calf-pain-guide.component.ts) draws a panel when it first opens; it loads this module with
 * import() then (and fetches it when the page is idle), so the bundler entry keeps it in a part
 * of its own (dist/bundler/parts/): a closed guide, which is how every guide first paints, does
 * not need it. The one-file builds hold it inside.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  causeSection,
  introduction,
  otherCauses,
  redFlagConditions,
} from '../../content/guide-sections.js';
import { getHelpTitle, guideLabels } from '../../content/guide.js';
import { SOURCES } from '../../content/sources.js';
import type { CauseSection, HelpAdvice, Source } from '../../content/types.js';
import { heading } from '../shared/heading.js';
import { emergencyIcon, infoIcon, urgentIcon } from '../shared/icons.js';
import type { SectionId } from './guide-structure.js';
import { pictureView } from './picture-view.js';

/** What a panel needs from the guide that draws it. */
export interface PanelContext {
  /** The emergency number shown in the guide's own boxes, if the region has one. */
  emergencyNumber: string | undefined;
  /** Moves focus to the emergency card (the emergency box's button). */
  onCardLink: () => void;
}

export function sectionPanel(
  id: Exclude<SectionId, 'check'>,
  headingLevel: number,
  context: PanelContext,
): unknown {
  switch (id) {
    case 'about': {
      const intro = introduction();
      const children = intro.children;
      return html`${pictureView('leg')} ${intro.paragraphs.map((p) => html`<p>${p}</p>`)}
        <div class="topic">
          ${heading(headingLevel, children.title, { id: 'children', focusable: true })}
          ${children.paragraphs.map((p) => html`<p>${p}</p>`)}
          ${adviceBoxes(children.getHelp, context)} ${sourcesLine(children.sources)}
        </div>`;
    }
    case 'other-causes':
      return html`${pictureView('other-causes')} ${cardPointer(context)}
      ${otherCauses().map(
        (cause) =>
          html`<div class="topic">
            ${heading(headingLevel, cause.name, { id: cause.id, focusable: true })}
            ${cause.paragraphs.map((p) => html`<p>${p}</p>`)} ${adviceBoxes(cause.getHelp, context)}
            ${sourcesLine(cause.sources)}
          </div>`,
      )}`;
    case 'sources':
      return sourceList();
    default:
      return causePanel(causeSection(id), headingLevel, context);
  }
}

function causePanel(
  section: CauseSection,
  headingLevel: number,
  context: PanelContext,
): TemplateResult {
  const labels = guideLabels();
  // A part with nothing to list (the nerve section says how it feels in its topics) has no heading.
  const list = (title: string, items: string[]) =>
    items.length
      ? html`${heading(headingLevel, title)}
          <ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing;
  return html`
    ${pictureView(section.id)} ${heading(headingLevel, labels.whatItIs)}
    ${section.whatItIs.map((p) => html`<p>${p}</p>`)}
    ${section.topics.map(
      (topic) =>
        html`<div class="topic">
          ${heading(headingLevel + 1, topic.title, { id: topic.id, focusable: true })}
          ${topic.paragraphs.map((p) => html`<p>${p}</p>`)}
        </div>`,
    )}
    ${list(labels.feels, section.feels)} ${list(labels.whoGetsIt, section.whoGetsIt)}
    ${section.whoGetsItNote ? html`<p>${section.whoGetsItNote}</p>` : nothing}
    ${list(labels.whatHelps, section.whatHelps)} ${heading(headingLevel, labels.getHelp)}
    ${cardPointer(context)} ${adviceBoxes(section.getHelp, context)} ${sourcesLine(section.sources)}
  `;
}

export function conditionsPanel(headingLevel: number): unknown {
  return redFlagConditions().map(
    (condition) =>
      html`<div class="topic">
        ${heading(headingLevel, condition.name, { id: condition.id, focusable: true })}
        <p>${condition.explanation}</p>
        ${
          condition.signs.length
            ? html`<ul>
                ${condition.signs.map((sign) => html`<li>${sign}</li>`)}
              </ul>`
            : nothing
        }
        ${condition.advice ? html`<p class="condition-advice">${condition.advice}</p>` : nothing}
        ${sourcesLine(condition.sources)}
      </div>`,
  );
}

/**
 * The emergency box of a section: it points to the card, which lists every emergency sign,
 * instead of repeating them (issue 13: repeated lists made the guide long and hid what differs).
 */
function cardPointer(context: PanelContext): TemplateResult {
  const phone = context.emergencyNumber;
  // Left to right in every language, as in the cards.
  const number = phone ? html`<span class="number" dir="ltr">${phone}</span>` : undefined;
  // Pre-rendered without JavaScript nothing could move focus, so the card's name is plain text.
  const title = getHelpTitle();
  const card = isServer
    ? html`<strong>${title}</strong>`
    : html`<button type="button" class="card-link" @click=${context.onCardLink}>${title}</button>`;
  const text = number
    ? msg(html`For any sign under ${card}, call ${number} now.`, {
        id: 'guide.advice.emergency-card',
        desc: 'Emergency box in each part of the guide, instead of a list of signs. First placeholder: the heading of the red emergency card at the top of the guide ("Get help now"), which the reader can press to go to the card; second: the local emergency number.',
      })
    : msg(html`For any sign under ${card}, call your local emergency number now.`, {
        id: 'guide.advice.emergency-card.unknown-region',
        desc: 'Emergency box in each part of the guide when the reader’s country is unknown. The placeholder is the heading of the red emergency card at the top of the guide ("Get help now"), which the reader can press to go to the card.',
      });
  return html`<div class="advice advice--emergency card-pointer">
    <p class="advice-heading">${emergencyIcon}<span>${text}</span></p>
  </div>`;
}

/** "When to get help", one box per level, with the region's emergency number. */
function adviceBoxes(advice: HelpAdvice[], context: PanelContext): unknown {
  const phone = context.emergencyNumber;
  // Left to right in every language, as in the cards.
  const number = html`<span class="number" dir="ltr">${phone}</span>`;
  return advice.map((item) => {
    let icon = infoIcon;
    let lead: string | TemplateResult;
    if (item.level === 'emergency') {
      icon = emergencyIcon;
      lead = phone
        ? msg(html`Call ${number} or go to an emergency department now if:`, {
            id: 'guide.advice.emergency',
            desc: 'Lead-in of an emergency advice box; the placeholder is the local emergency number. A list of signs follows.',
          })
        : msg('Call your local emergency number or go to an emergency department now if:', {
            id: 'guide.advice.emergency.unknown-region',
            desc: 'Lead-in of an emergency advice box when the reader’s country is unknown. A list of signs follows.',
          });
    } else if (item.level === 'urgent') {
      icon = urgentIcon;
      lead = msg('Get medical help today if:', {
        id: 'guide.advice.urgent',
        desc: 'Lead-in of an urgent (same-day) advice box. A list of signs follows.',
      });
    } else {
      lead = msg('See your doctor if:', {
        id: 'guide.advice.routine',
        desc: 'Lead-in of a non-urgent advice box (book a normal appointment). A list of signs follows.',
      });
    }
    return html`<div class="advice advice--${item.level}">
      <p class="advice-heading">${icon}<span>${lead}</span></p>
      <ul>
        ${item.signs.map((sign) => html`<li>${sign}</li>`)}
      </ul>
    </div>`;
  });
}

/**
 * A link to a source. Its title is an English document's, so it is marked English for screen
 * readers in every language, and set apart as left-to-right so that, in right-to-left text,
 * the titles of a line run in the sentence's order rather than as one English run.
 */
function sourceLink(source: Source): TemplateResult {
  return html`<a href=${source.url} lang="en" dir="ltr">${source.name}</a>`;
}

function sourcesLine(ids: string[]): TemplateResult {
  const labels = guideLabels();
  const links = ids
    .map((id) => SOURCES[id])
    .filter((source) => source !== undefined)
    .map((source, index) => html`${index ? labels.listComma : ''}${sourceLink(source)}`);
  // The colon is the language's own ("Sources:", "Sources :", "参考资料：").
  const label = labels.labelled(labels.sources);
  const space = label.endsWith('：') ? '' : ' ';
  return html`<p class="sources-line">${label}${space}${links}</p>`;
}

function sourceList(): TemplateResult {
  return html`<ul>
    ${Object.values(SOURCES).map((source) => html`<li>${sourceLink(source)}</li>`)}
  </ul>`;
}
