import { html, isServer, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ALL_CAUSES, SCREENS, type CauseId } from '../../checker/ids.js';
import { startCardText } from '../../content/start-card-text.js';
import { getHelpTitle, guideLabels, sectionSummary, sectionTitle } from '../../content/guide.js';
import { CONTENT_STATUS } from '../../content/content-status.js';
import { CAUSE_SECTION_IDS, type CauseSectionId } from '../../content/types.js';
import { emergencyNumberFor } from '../../emergency-numbers.js';
import { closestLanguageTag } from '../../lang-attribute.js';
import { getLocale, loadPartTranslations } from '../../localization.js';
import { languageOf } from '../../locale-choice.js';
import {
  CalfPainChecker,
  loadCheckerViews,
  type ShowCauseDetail,
} from '../calf-pain-checker/calf-pain-checker.component.js';
import { RedFlagBanner } from '../red-flag-banner/red-flag-banner.component.js';
import { booleanAttribute, warnBadAttribute } from '../shared/attribute-check.js';
import { heading } from '../shared/heading.js';
import { chevronIcon } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { WidgetElement } from '../shared/widget-element.js';
import { calfPainGuideStyles } from './calf-pain-guide.styles.js';
import {
  CONDITIONS_ID,
  SECTION_IDS,
  guideLocation,
  isSectionId,
  type DisclosureId,
  type SectionId,
} from './guide-structure.js';
import type { PanelContext } from './guide-panels.js';
import { pictureLabelCss } from './pictures.js';
import { pictureStyles } from './pictures.styles.js';
import { translationReview } from './translation-review.js';

type GuidePanels = typeof import('./guide-panels.js');

/** What opened sections show (guide-panels.ts), once loaded: the same for every guide. */
let panels: GuidePanels | undefined;
let panelsLoading: Promise<GuidePanels | undefined> | undefined;

/**
 * Loads what opened sections show: a part of its own in the bundler entry, inside the file in
 * the one-file builds. Called when a guide first draws a panel, and when the page is idle.
 * Resolves to undefined if the part cannot load (offline after the page loaded); a later call
 * tries again.
 */
export function loadGuidePanels(): Promise<GuidePanels | undefined> {
  // With its translations (in the bundler entry, a chunk per language: a section never opens
  // in English first).
  panelsLoading ??= Promise.all([
    import('./guide-panels.js'),
    loadPartTranslations('guide-panels'),
  ]).then(
    ([loaded]) => (panels = loaded),
    (error: unknown) => {
      panelsLoading = undefined;
      console.warn("calf-pain-guide: could not load the guide's sections:", error);
      return undefined;
    },
  );
  return panelsLoading;
}

// On a server (calf-pain-guide/ssr, a framework's own SSR) every section's content is drawn, in
// <details>: loaded at once (inside this file there, so it is in before any render).
if (isServer) void loadGuidePanels();

const isCauseSection = (id: SectionId): id is CauseSectionId =>
  (CAUSE_SECTION_IDS as readonly string[]).includes(id);

function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * A complete, sourced guide to pain at the top of the calf, with the emergency signs always in
 * view and a symptom checker.
 *
 * @tag calf-pain-guide
 * @summary The whole calf pain guide.
 * @fires {CustomEvent<CheckerResultDetail>} calf-checker-result - From the checker inside: `detail: { level, causes, findings }`, ids only.
 * @csspart start-card - The "Check your symptoms" card under the emergency card.
 * @csspart guide - The guide's wrapper.
 * @csspart title - The guide's main heading.
 * @csspart section - Each section.
 * @csspart section-toggle - The button that opens and closes a section.
 * @csspart section-content - A section's content.
 * @csspart picture - A picture (the leg in the introduction, one at the top of each cause section): the drawing and its labels.
 * @cssprop --cpg-font-family - Font; default: inherited from the page.
 * @cssprop --cpg-text-color - Text colour.
 * @cssprop --cpg-secondary-text-color - Colour of summaries and notes.
 * @cssprop --cpg-background - Background; default transparent (light theme).
 * @cssprop --cpg-surface-color - Background of advice boxes.
 * @cssprop --cpg-border-color - Dividers.
 * @cssprop --cpg-link-color - Links and section buttons.
 * @cssprop --cpg-focus-color - Focus highlight.
 * @cssprop --cpg-focus-text-color - Text colour on the focus highlight.
 * @cssprop --cpg-max-width - Widest the guide grows; default 48em.
 * @cssprop --cpg-radius - Corner radius.
 * @cssprop --cpg-picture-fill - Pictures: the leg's fill; default a light skin tone mixed into the surface colour.
 * @cssprop --cpg-picture-muscle - Pictures: the big calf muscle's fill; default a muscle red mixed into the leg's fill.
 * @cssprop --cpg-picture-highlight - Pictures: the hatching of "where it hurts" (it also has a dashed outline in the text colour); default the theme's readable red.
 * @cssprop --cpg-picture-nerve - Pictures: nerves, inside a casing in the text colour; default yellow #ffc72c.
 * @cssprop --cpg-picture-vein - Pictures: veins, inside a casing in the text colour; default blue #2f7fd0.
 * @cssprop --cpg-picture-artery - Pictures: arteries, inside a casing in the text colour; default red #e4202f.
 * @cssstate loading - Defined but not drawn yet: its language (a chunk of the bundler entry) is on its way. Hold its space with `calf-pain-guide:state(loading)` (docs/embedding.md).
 */
@localized()
export class CalfPainGuide extends WidgetElement {
  // The label places are generated from the drawings' numbers, so they cannot drift apart.
  static override styles = [
    sharedStyles,
    calfPainGuideStyles,
    pictureStyles,
    unsafeCSS(pictureLabelCss()),
  ];

  /** @internal The elements it draws: defined with it (src/define.ts). */
  static dependencies = {
    'red-flag-banner': RedFlagBanner,
    'calf-pain-checker': CalfPainChecker,
  };

  /** Space-separated ids of the sections that are open. Reflects the reader's choices. */
  @property({ reflect: true }) open = '';

  /**
   * Space-separated ids of the sections to show, in order. Default: all of
   * `about check muscle nerves clot arteries other-causes sources`.
   */
  @property() sections = '';

  /** Hides the symptom checker section. The attribute values `false`, `0` and `off` mean off. */
  @property({ converter: booleanAttribute, reflect: true, attribute: 'hide-checker' })
  hideChecker = false;

  /**
   * Hides the "Check your symptoms" card under the emergency card, which opens the symptom
   * checker at its first question. The attribute values `false`, `0` and `off` mean off.
   */
  @property({ converter: booleanAttribute, reflect: true, attribute: 'hide-start-card' })
  hideStartCard = false;

  /**
   * `off`: the checker's questions add no entries to the browser's history (see
   * `<calf-pain-checker history>`). By default the browser's Back steps back through them.
   */
  @property() history: 'on' | 'off' | string = 'on';

  /** The section opened from the checker's result by "Read more": it offers the way back. */
  private openedFromResult: DisclosureId | undefined;

  /** The sections shown, in order. Unknown ids are dropped with a warning. */
  get shownSections(): SectionId[] {
    const requested = splitList(this.sections);
    const valid = requested.filter(isSectionId);
    if (valid.length !== requested.length) {
      warnBadAttribute(
        this,
        'sections',
        this.sections,
        valid.length ? valid.join(' ') : 'all sections',
      );
    }
    const shown = valid.length ? [...new Set(valid)] : [...SECTION_IDS];
    return this.hideChecker ? shown.filter((id) => id !== 'check') : shown;
  }

  private get openSet(): Set<string> {
    return new Set(splitList(this.open));
  }

  /**
   * The panels drawn so far. A panel is drawn when it first opens and kept after, so a closed
   * guide costs a few hundred DOM nodes instead of thousands (50 guides on a page stay light),
   * and the checker keeps its answers when its section is closed and opened again.
   */
  private readonly drawnPanels = new Set<string>();

  /** The print styles show every section, so every panel is drawn before printing. */
  private readonly onPrint = () => {
    for (const id of [CONDITIONS_ID, ...SECTION_IDS]) this.drawnPanels.add(id);
    this.requestUpdate();
  };

  /** The sections shown this update (shownSections, checked once). */
  private sectionsInForce: SectionId[] = [];

  /**
   * An update that opens a section waits for the panels (a part of the bundler entry, loaded
   * once per page), so the section opens with its content, never empty, and `updateComplete`
   * resolves with it drawn. Not the first update: a guide that is defined but draws nothing
   * would give up the space the page holds for it (`:not(:defined)`), and everything below would
   * jump. A guide whose sections are open at load draws at once, the open panels filled when the
   * part is in (a page can fetch it with the entry: `<link rel="modulepreload">`).
   */
  protected override scheduleUpdate(): ReturnType<WidgetElement['scheduleUpdate']> {
    if (panels || !this.hasUpdated || !this.needsPanels()) return super.scheduleUpdate();
    return loadGuidePanels().then(() => super.scheduleUpdate());
  }

  /** True while a panel is drawn without its content (the first render, the part loading). */
  private panelsPending = false;

  private needsPanels(): boolean {
    return [...this.openSet, ...this.drawnPanels].some((id) => id !== 'check');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (panels || this.panelsPending || !this.needsPanels()) return;
    this.panelsPending = true;
    void loadGuidePanels().then((loaded) => {
      this.panelsPending = false;
      // Not loaded (offline): the next update asks again.
      if (loaded) this.requestUpdate();
    });
  }

  /** Resolves once open panels hold their content, when the first render drew them empty. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.panelsPending) return complete;
    await loadGuidePanels();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A pre-rendered copy shows the date as the reader writes it: the upgrade keeps that text.
    if (!this.hasUpdated && this.showsPreRenderedCopy()) this.datesFormatted = true;
    this.sectionsInForce = this.shownSections;
    const open = this.openSet;
    const unknown = [...open].filter((id) => id !== CONDITIONS_ID && !isSectionId(id));
    if (unknown.length) warnBadAttribute(this, 'open', unknown.join(' '), 'the known sections');
    for (const id of open) this.drawnPanels.add(id);
  }

  private printQuery?: MediaQueryList;

  /**
   * False until the frame after the first paint. A page's first Intl date format loads the
   * locale data (about 40 ms on a laptop, four times that on a phone), so the first paint shows
   * the ISO date of the content status line and the next frame the date as the reader writes it.
   */
  private datesFormatted = isServer;

  protected override firstUpdated(): void {
    this.formatDatesAfterPaint();
    this.prefetchParts();
    // Opened at an address that names a part (`#cpg-…`): that part opens.
    this.onHashChange();
  }

  /**
   * What opened sections show and the checker's views are parts of their own in the bundler
   * entry: fetched once the page is idle, so a section draws its content as soon as it opens.
   */
  private prefetchParts(): void {
    const check = this.sectionsInForce.includes('check');
    const fetchViews = () => {
      void loadGuidePanels();
      if (check) void loadCheckerViews();
    };
    // Safari has no requestIdleCallback.
    if ('requestIdleCallback' in window) requestIdleCallback(fetchViews);
    else setTimeout(fetchViews, 200);
  }

  private formatDatesAfterPaint(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        // Out of the page, no work: connectedCallback asks again.
        if (this.datesFormatted || !this.isConnected) return;
        this.datesFormatted = true;
        this.requestUpdate();
      }),
    );
  }

  /**
   * Opens a section and moves focus to it (or to one cause inside it, by cause id).
   * Unknown ids are ignored with a warning.
   */
  async show(sectionId: string, anchor?: string): Promise<void> {
    if (sectionId !== CONDITIONS_ID && !isSectionId(sectionId)) {
      warnBadAttribute(this, 'show()', sectionId, 'no change');
      return;
    }
    this.setOpen(sectionId, true);
    await this.updateComplete;
    const target =
      (anchor && this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`)) ||
      this.renderRoot.querySelector<HTMLElement>(`#toggle-${sectionId}`);
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus();
  }

  /** Opens the part of the guide that explains a cause the checker named. */
  showCause(cause: CauseId): Promise<void> {
    const { section, anchor } = guideLocation(cause);
    return this.show(section, anchor);
  }

  private setOpen(id: DisclosureId, open: boolean): void {
    const set = this.openSet;
    if (open) set.add(id);
    else set.delete(id);
    this.open = [...set].join(' ');
  }

  private toggle(id: DisclosureId): void {
    this.setOpen(id, !this.openSet.has(id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('calf-checker-show-cause', this.onShowCause as EventListener);
    window.addEventListener('hashchange', this.onHashChange);
    if (this.hasUpdated && !this.datesFormatted) this.formatDatesAfterPaint();
    // The print dialog fires beforeprint; print emulation and some print paths change the media
    // query only. Lit's update runs in the microtask right after either, before print layout.
    window.addEventListener('beforeprint', this.onPrint);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener?.('change', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('calf-checker-show-cause', this.onShowCause as EventListener);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onPrint);
    this.printQuery?.removeEventListener?.('change', this.onPrint);
  }

  private onShowCause = (event: CustomEvent<ShowCauseDetail>) => {
    event.preventDefault();
    this.openedFromResult = guideLocation(event.detail.cause).section;
    void this.showCause(event.detail.cause);
  };

  /** The checker drawn in the check section, once drawn. */
  private get checker(): CalfPainChecker | null {
    return this.renderRoot.querySelector('calf-pain-checker');
  }

  /** Opens the checker's section and moves focus to the page it shows (question 1 at first). */
  private async openChecker(): Promise<void> {
    this.setOpen('check', true);
    await this.updateComplete;
    const checker = this.checker;
    if (!checker) return;
    await checker.updateComplete;
    checker.scrollIntoView?.({ block: 'start' });
    checker.focusHeading();
  }

  /** "Back to your result": the checker's section, focus on its result. */
  private readonly onBackToResult = (): void => {
    this.openedFromResult = undefined;
    void this.openChecker();
  };

  /**
   * An address that names a part of the guide (`#cpg-clot`, `#cpg-tendon-rupture`, as the
   * standalone checker's "Read more" links write it): that section opens, with focus on it.
   */
  private readonly onHashChange = (): void => {
    const match = /^#cpg-([a-z0-9-]+)$/.exec(location.hash);
    if (!match) return;
    const id = match[1];
    if (id === CONDITIONS_ID || isSectionId(id)) {
      void this.show(id);
    } else if ((ALL_CAUSES as readonly string[]).includes(id)) {
      void this.showCause(id as CauseId);
    }
  };

  protected override render(): TemplateResult {
    const headingLevel = this.resolved.headingLevel;
    const sectionLevel = headingLevel + 1;
    const open = this.openSet;
    return this.inLanguage(
      html`
        ${heading(
          headingLevel,
          msg('Pain at the top of the calf', {
            id: 'guide.title',
            desc: 'Main heading of the whole guide. The calf is the back of the lower leg.',
          }),
          { className: 'title', part: 'title' },
        )}
        <p class="lede">${joinSentences(guideLabels().forAdults, guideLabels().notDiagnosis)}</p>
        <!-- Each part's emergency box moves focus here. Not tabindex on the banner itself: a
          shadow host with a negative tabindex takes its phone link out of the Tab order. -->
        <div class="card-target" tabindex="-1" role="group" aria-label=${getHelpTitle()}>
          <red-flag-banner
            level="emergency"
            .heading=${getHelpTitle()}
            .settings=${this.settingsFor(sectionLevel)}
          ></red-flag-banner>
        </div>
        ${this.renderStartCard(sectionLevel)}
        ${this.renderDisclosure(
          CONDITIONS_ID,
          guideLabels().conditionsTitle,
          sectionLevel,
          open,
          () => this.renderConditions(sectionLevel + 1),
        )}
        ${this.sectionsInForce.map((id) =>
          this.renderDisclosure(
            id,
            sectionTitle(id),
            sectionLevel,
            open,
            () => this.renderSectionContent(id, sectionLevel + 1),
            isCauseSection(id)
              ? sectionSummary(id)
              : id === 'check'
                ? startCardText.sectionSummary()
                : undefined,
          ),
        )}
        <p class="reviewed" data-content-version=${CONTENT_STATUS.version}>
          ${this.statusLine(getLocale())}
        </p>
        ${translationReview(getLocale(), (isoDate) => this.readerDate(isoDate, getLocale()))}
      `,
      'guide',
      'guide',
    );
  }

  /**
   * Who answers for the text: "checked against sources on <date>; not yet signed off by a
   * clinician" until a named clinician signs this version off (CONTENT_STATUS), then "reviewed by".
   */
  private statusLine(locale: string): string {
    const { checkedOn, reviewedBy, reviewedOn } = CONTENT_STATUS;
    const signed = reviewedBy.trim() !== '' && reviewedOn !== '';
    const date = this.readerDate(signed ? reviewedOn : checkedOn, locale);
    return signed
      ? guideLabels().reviewedBy(reviewedBy.trim(), date)
      : guideLabels().checkedNotSigned(date);
  }

  /** An ISO date as the reader writes it, once the first paint is done (until then, as is). */
  private readerDate(isoDate: string, locale: string): string {
    if (!this.datesFormatted) return isoDate;
    // The page's own tag (en-GB) formats dates the way its readers expect, when it is in the
    // language being shown. Compared by language subtag, not by chooseLocale: a one-language
    // file takes any tag as its own, and an English guide on a Norwegian page must not write a
    // Norwegian date inside English text.
    const pageTag = closestLanguageTag(this);
    const dateLocale = pageTag && languageOf(pageTag) === languageOf(locale) ? pageTag : locale;
    try {
      return new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${isoDate}T00:00:00Z`),
      );
    } catch {
      // Keep the ISO date when Intl does not know the locale.
      return isoDate;
    }
  }

  private renderDisclosure(
    id: DisclosureId,
    title: string,
    headingLevel: number,
    open: Set<string>,
    content: () => unknown,
    summary?: string,
  ): TemplateResult {
    if (isServer) {
      // Pre-rendered (calf-pain-guide/ssr, dist/static/, WordPress): drawn as the live guide's
      // first paint is, each section closed unless `open` names it, so the script's upgrade moves
      // nothing; a <details> opens it where no script runs. Its content is all there.
      return html`<section class="section" part="section" data-section=${id}>
        <details class="pre-rendered" ?open=${open.has(id)}>
          <summary>
            ${heading(
              headingLevel,
              html`<span class="toggle" part="section-toggle"
                >${chevronIcon}<span>${title}</span></span
              >`,
              { className: 'section-heading' },
            )}
            ${summary ? html`<span class="summary">${summary}</span>` : nothing}
          </summary>
          <div class="panel" part="section-content">${content()}</div>
        </details>
      </section>`;
    }
    const isOpen = open.has(id);
    return html`<section
      class="section ${id === 'check' ? 'check' : ''}"
      part="section"
      data-section=${id}
    >
      ${heading(
        headingLevel,
        html`<button
          type="button"
          class="toggle"
          id="toggle-${id}"
          part="section-toggle"
          aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls="panel-${id}"
          @click=${() => this.toggle(id)}
        >
          ${chevronIcon}<span>${title}</span>
        </button>`,
        { className: 'section-heading' },
      )}
      ${summary ? html`<p class="summary">${summary}</p>` : nothing}
      <div class="panel" id="panel-${id}" part="section-content" ?hidden=${!isOpen}>
        ${
          this.openedFromResult === id
            ? html`<button type="button" class="link back-to-result" @click=${this.onBackToResult}>
                ${startCardText.backToResult()}
              </button>`
            : nothing
        }
        ${this.drawnPanels.has(id) ? content() : nothing}
      </div>
    </section>`;
  }

  /**
   * A section's content. The check section draws the checker; the others come from
   * guide-panels.ts, a part of the bundler entry loaded when a panel is first drawn (see
   * scheduleUpdate: only a section open at the first render is drawn before it is in).
   */
  private renderSectionContent(id: SectionId, headingLevel: number): unknown {
    if (id !== 'check') return panels?.sectionPanel(id, headingLevel, this.panelContext) ?? nothing;
    if (isServer) {
      // The checker needs JavaScript: its place in the pre-rendered guide says so.
      return html`<p class="no-script">
        ${msg(
          str`The symptom checker needs JavaScript, which is off or not allowed on this page. You can use it on any page that shows this guide with JavaScript on. Until then, the signs under "${getHelpTitle()}" above tell you when to get help.`,
          {
            id: 'guide.check.no-script',
            desc: 'Shown instead of the symptom checker where JavaScript cannot run. The placeholder is the heading of the red emergency card above it ("Get help now").',
          },
        )}
      </p>`;
    }
    return html`<calf-pain-checker
      history=${this.history}
      .settings=${this.settingsFor(headingLevel, { insideGuide: true })}
    ></calf-pain-checker>`;
  }

  /** "Why these signs matter", from guide-panels.ts (see renderSectionContent). */
  private renderConditions(headingLevel: number): unknown {
    return panels?.conditionsPanel(headingLevel) ?? nothing;
  }

  /**
   * "Check your symptoms": how long the checker takes and a Start button that opens it at its
   * first question, right under the emergency card, where a worried reader looks first.
   */
  private renderStartCard(headingLevel: number): TemplateResult | typeof nothing {
    if (this.hideStartCard || !this.sectionsInForce.includes('check')) return nothing;
    // Western digits in every language, as Intl.NumberFormat with numberingSystem 'latn' writes
    // a number under 1,000 (no group separator): the same text without building a formatter, the
    // first of which costs the page its Intl setup (40 ms on a desktop here) inside the guide's
    // first render, where Lighthouse counted it as blocking time.
    const count = String(SCREENS.length);
    return html`<div class="start-card" part="start-card">
      ${heading(headingLevel, startCardText.heading())}
      <p>${startCardText.intro(count)}</p>
      <!-- Drawn on the server too, so that the guide's script, replacing the pre-rendered copy,
        moves nothing below it. There, with no script yet, Start is a link to the checker's
        address, which the guide opens once its script runs. -->
      ${
        isServer
          ? html`<a class="start-button" href="#cpg-check">${startCardText.button()}</a>`
          : html`<button type="button" class="start-button" @click=${() => void this.openChecker()}>
              ${startCardText.button()}
            </button>`
      }
    </div>`;
  }

  /** The emergency number shown in the guide's own boxes, if the region has one. */
  private get shownEmergencyNumber(): string | undefined {
    // The checked number: a bad value must never be shown as the number to call.
    return this.resolved.emergencyNumber || emergencyNumberFor(this.resolved.region);
  }

  /**
   * Moves focus to the emergency card, the one place its signs are listed. A button, not an
   * in-page link: a fragment cannot reach into the shadow root, and would change the host page's
   * address.
   */
  private readonly onCardLink = (): void => {
    const card = this.renderRoot.querySelector<HTMLElement>('.card-target');
    card?.scrollIntoView?.({ block: 'start' });
    card?.focus();
  };

  /** What the panels need from the guide, as it is this render. */
  private get panelContext(): PanelContext {
    return { emergencyNumber: this.shownEmergencyNumber, onCardLink: this.onCardLink };
  }
}

/**
 * Two sentences in one paragraph. Chinese and Japanese put no space after a sentence's full stop
 * (。); the languages of every other script here do.
 */
function joinSentences(first: string, second: string): string {
  return /^(zh|ja)\b/.test(getLocale()) ? `${first}${second}` : `${first} ${second}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'calf-pain-guide': CalfPainGuide;
  }
}
