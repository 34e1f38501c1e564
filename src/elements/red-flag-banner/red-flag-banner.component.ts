import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { redFlagSigns } from '../../content/guide.js';
import { emergencyNumberFor, numbersFor, telHref } from '../../emergency-numbers.js';
import { warnBadAttribute } from '../shared/attribute-check.js';
import { clinicContact } from '../shared/clinic-contact.js';
import { heading } from '../shared/heading.js';
import { emergencyIcon, infoIcon, urgentIcon } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { WidgetElement } from '../shared/widget-element.js';
import { redFlagBannerStyles } from './red-flag-banner.styles.js';

/** Kept at the end of the visually hidden prefix, where a plain space is dropped. */
const NO_BREAK_SPACE = '\u00a0';

/** The levels a page writes in `level`, as documented. */
export const BANNER_LEVELS = ['emergency', 'urgent', 'non-urgent'] as const;
/** `routine` is the engine's word for `non-urgent`; the card takes both. */
export type BannerLevel = (typeof BANNER_LEVELS)[number] | 'routine';
/** How urgent, in the engine's words: what the card draws from. */
type Urgency = 'emergency' | 'urgent' | 'routine';

const URGENCY: Record<BannerLevel, Urgency> = {
  emergency: 'emergency',
  urgent: 'urgent',
  'non-urgent': 'routine',
  routine: 'routine',
};

/**
 * A care card that says how fast to get help, with the right phone number for the reader's
 * country. Its default content is the emergency signs of calf pain; content written inside the
 * tag replaces it (and shows on its own when JavaScript is off).
 *
 * @tag red-flag-banner
 * @summary "Get help now" care card.
 * @slot - Your own content for the card. Default: the emergency signs of calf pain.
 * @csspart card - The card.
 * @csspart heading - The coloured heading bar.
 * @csspart content - The card's body.
 * @cssprop --cpg-emergency-color - Emergency heading and border colour.
 * @cssprop --cpg-emergency-content-color - Emergency card body background.
 * @cssprop --cpg-urgent-color - Urgent heading and border colour.
 * @cssprop --cpg-non-urgent-color - Non-urgent heading and border colour.
 * @cssprop --cpg-font-family - Font; default: inherited from the page.
 * @cssstate loading - Defined but not drawn yet: its language (a chunk of the bundler entry) is on its way.
 */
@localized()
export class RedFlagBanner extends WidgetElement {
  static override styles = [sharedStyles, redFlagBannerStyles];

  /**
   * How urgent: `emergency` (default), `urgent` or `non-urgent` (also written `routine`, the
   * checker's word for it). Reflected.
   */
  @property({ reflect: true }) level: BannerLevel = 'emergency';

  /** Heading text; default depends on the level. */
  @property() heading = '';

  /**
   * Whether the page wrote content inside the tag. That content keeps the page's own styles
   * (its colours too), so the card shows it on its light body, never on the dark emergency one.
   */
  @state() private ownContent = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('level') && !(this.level in URGENCY)) {
      warnBadAttribute(this, 'level', this.level, 'emergency');
      this.level = 'emergency';
    }
  }

  protected override render(): TemplateResult {
    const level = URGENCY[this.level];
    const icon = level === 'emergency' ? emergencyIcon : level === 'urgent' ? urgentIcon : infoIcon;
    // A no-break space: the prefix is out of the flow, so a plain space at its end is dropped,
    // and a screen reader said "Immediate action required:Get help now" (Orca, Chromium).
    const title = html`<span class="visually-hidden"
        >${this.levelPrefix(level)}${NO_BREAK_SPACE}</span
      >${this.heading || this.defaultHeading(level)}`;
    return this.inLanguage(
      html`<div class="heading" part="heading">
          ${icon}${heading(this.resolved.headingLevel, title)}
        </div>
        <div class="content" part="content" @slotchange=${this.onSlotChange}>
          ${this.renderAction(level)}
          <slot>${level === 'emergency' ? this.renderDefaultSigns() : nothing}</slot>
        </div>`,
      // Content from a widget that draws this card (the checker's result) is styled by that
      // widget, not by the page: the emergency card keeps its dark body for it.
      `card card--${level}${this.ownContent && !this.settings ? ' card--own-content' : ''}`,
      'card',
    );
  }

  /** `slotchange` bubbles from the slot (listened to on its parent: the slot stays plain). */
  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.ownContent = slot
      .assignedNodes()
      .some(
        (node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
      );
  }

  private levelPrefix(level: Urgency): string {
    switch (level) {
      case 'emergency':
        return msg('Immediate action required:', {
          id: 'banner.prefix.emergency',
          desc: 'Read by screen readers before the heading of the red emergency card.',
        });
      case 'urgent':
        return msg('Urgent advice:', {
          id: 'banner.prefix.urgent',
          desc: 'Read by screen readers before the heading of the urgent (same day) card.',
        });
      default:
        return msg('Non-urgent advice:', {
          id: 'banner.prefix.non-urgent',
          desc: 'Read by screen readers before the heading of the non-urgent (book a doctor) card.',
        });
    }
  }

  private defaultHeading(level: Urgency): string {
    switch (level) {
      case 'emergency':
        return msg('Get help now', {
          id: 'banner.heading.emergency',
          desc: 'Heading of the red emergency card: call an ambulance or go to an emergency department now.',
        });
      case 'urgent':
        return msg('Get medical help today', {
          id: 'banner.heading.urgent',
          desc: 'Heading of the urgent card: see a doctor the same day.',
        });
      default:
        return msg('See your doctor', {
          id: 'banner.heading.non-urgent',
          desc: 'Heading of the non-urgent card: book a normal appointment with a doctor.',
        });
    }
  }

  private renderAction(level: Urgency): TemplateResult {
    if (level === 'emergency') return this.renderEmergencyAction();
    if (level === 'urgent') return this.renderUrgentAction();
    return html`<p class="action">
        ${msg('Book an appointment with your doctor.', {
          id: 'banner.non-urgent.action',
          desc: 'Non-urgent card: a normal (not same-day) appointment.',
        })}
      </p>
      ${clinicContact(this.resolved)}`;
  }

  private renderEmergencyAction(): TemplateResult {
    const { emergencyNumber, region } = this.resolved;
    const number = emergencyNumber || emergencyNumberFor(region);
    if (!number) {
      return html`<p class="action">
        ${msg(
          'Call your local emergency number for an ambulance, or go to the nearest emergency department. For example: 112 in most of Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia.',
          {
            id: 'banner.emergency.unknown-region',
            desc: 'Shown when the reader’s country is not known. Keep the numbers and the places they belong to exactly.',
          },
        )}
      </p>`;
    }
    // Numbers read left to right in every language (RTL text would reverse their groups).
    const link = html`<a class="number" dir="ltr" href=${telHref(number)}>${number}</a>`;
    return html`<p class="action">
      ${msg(html`Call ${link} for an ambulance, or go to the nearest emergency department.`, {
        id: 'banner.emergency.call',
        desc: 'Emergency card. The placeholder is the local emergency phone number as a link.',
      })}
    </p>`;
  }

  private renderUrgentAction(): TemplateResult {
    const urgentOverride = this.resolved.urgentNumber;
    const line = numbersFor(this.resolved.region)?.urgent;
    let lineText: TemplateResult | typeof nothing = nothing;
    if (urgentOverride) {
      const link = html`<a class="number" dir="ltr" href=${telHref(urgentOverride)}
        >${urgentOverride}</a
      >`;
      lineText = html`<p>
        ${msg(html`Or call ${link} for urgent medical advice.`, {
          id: 'banner.urgent.line-number',
          desc: 'Urgent card. The placeholder is an urgent-advice phone number as a link.',
        })}
      </p>`;
    } else if (line) {
      const link = html`<a class="number" dir="ltr" href=${telHref(line.number)}
        >${line.number}</a
      >`;
      // The line's own name (often with its number in it) keeps its own direction.
      const name = html`<bdi>${line.name}</bdi>`;
      lineText = html`<p>
        ${msg(html`Or get urgent medical advice from ${name}: ${link}.`, {
          id: 'banner.urgent.line',
          desc: 'Urgent card. First placeholder: the name of the national health advice line (not translated); second: its phone number as a link.',
        })}
      </p>`;
    }
    // The clinic's own phone and link only when it gives same-day care (routine cards always).
    return html`<p class="action">
        ${msg('Ask for an appointment with a doctor today.', {
          id: 'banner.urgent.action',
          desc: 'Urgent card: the reader should be seen by a doctor the same day.',
        })}
      </p>
      ${lineText} ${this.resolved.clinicSameDay ? clinicContact(this.resolved) : nothing}
      <p>
        ${msg(
          'If you cannot be seen today, go to an urgent care centre or an emergency department.',
          {
            id: 'banner.urgent.fallback',
            desc: 'Urgent card: what to do when no same-day appointment is available.',
          },
        )}
      </p>`;
  }

  private renderDefaultSigns(): TemplateResult {
    return html`<p>
        ${msg('Do this if you have calf pain and any of these:', {
          id: 'banner.signs.intro',
          desc: 'Introduces the list of emergency signs in the red card.',
        })}
      </p>
      <ul>
        ${redFlagSigns().map((sign) => html`<li>${sign}</li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-banner': RedFlagBanner;
  }
}
