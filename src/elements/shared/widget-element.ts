import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../../define.js';
import { directionFor } from '../../locale-choice.js';
import { PageLanguageController, getLocale, languageReady } from '../../localization.js';
import { regionIn, resolveSettings, sameOr, type Theme, type WidgetSettings } from './settings.js';

/**
 * What the three elements share: language, theme, heading level, the reader's region and the
 * clinic's own contact details. Each update resolves these once (`resolved`, every value checked
 * with one warning for a bad one); the element renders from them, and passes them whole to the
 * widgets it draws.
 */
export abstract class WidgetElement extends LitElement {
  static version = VERSION;

  /**
   * Language of the widget (`en`, `es`, `fr`, `de`, `pt-BR`, `ar`, `zh-Hans`). Default: the
   * closest `lang` attribute, up to `<html lang>`, else English. One page shows one language.
   */
  @property() locale = '';

  /** Level of the element's main heading, 1–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /**
   * The reader's country (ISO 3166-1, e.g. `GB`), which sets the phone numbers shown. Default:
   * the region of the closest `lang` attribute (`en-GB`), else a sentence naming common numbers.
   */
  @property() region = '';

  /**
   * Overrides the emergency number for the region: digits and spaces only, at most 6 digits. A
   * number that is not the region's own is shown, with a warning in the console.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /**
   * Overrides the urgent-advice number for the region: digits and spaces only, at most 12
   * digits. A number that is not the region's own is shown, with a warning in the console.
   */
  @property({ attribute: 'urgent-number' }) urgentNumber = '';

  /** The clinic's name, shown with its phone number and link. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /**
   * The clinic's own phone number for same-day and routine care: an optional leading `+`, then
   * digits, spaces, hyphens, dots and brackets, such as `(555) 010-0100`.
   */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

  /** The clinic's own booking or contact page (http or https only). */
  @property({ attribute: 'clinic-url' }) clinicUrl = '';

  /**
   * Set when the clinic gives same-day medical care (a GP surgery, an urgent care centre). Without
   * it, the clinic's details appear only with routine and self-care advice: a physiotherapy
   * practice is not where a suspected blood clot should go.
   */
  @property({ type: Boolean, attribute: 'clinic-same-day' }) clinicSameDay = false;

  /** `light` (default), `dark`, or `auto` to follow the reader's setting. Reflected. */
  @property({ reflect: true }) theme: Theme = 'light';

  /**
   * Set by the widget that draws this one: the settings it resolved, shown instead of this
   * element's own attributes. Not for pages (use the attributes).
   */
  @property({ attribute: false }) settings: WidgetSettings | undefined;

  /** The settings in force this update: `settings` when given, else this element's own. */
  protected resolved!: WidgetSettings;

  private readonly language = new PageLanguageController(this, () => this.settings !== undefined);

  /**
   * A pre-rendered copy of the element (a declarative shadow root: `calf-pain-guide/ssr`,
   * dist/static/, the WordPress plugin) is replaced, not hydrated, in the same task as the first
   * render, so no frame shows it empty: it is drawn from the same templates as the live element,
   * so nothing moves (docs/embedding.md, "Pre-rendered HTML", says why not hydration). Until then
   * (the script still loading its language) the pre-rendered copy stays in view. Without this,
   * Lit would render after the static content and show the guide twice.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.showsPreRenderedCopy()) {
      this.shadowRoot?.replaceChildren();
      // LitElement took the copy's first node as the place to render before: it is gone.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
    // Drawn (in the same task, so no frame shows the state on a drawn element).
    this.waitingToDraw(false);
  }

  /** Nothing is drawn while the page's language is loading: no flash of English. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const ready = languageReady();
    if (!ready) this.waitingToDraw(true);
    return ready && super.shouldUpdate(changed);
  }

  /** The element's internals, attached the first time it waits to draw (one call per element). */
  private internals: ElementInternals | undefined;

  /**
   * Shows, as the custom state `loading` (`:state(loading)`), that the element is defined but
   * has not drawn yet because something it needs is still on its way (its language, the
   * checker's views): until the script is in, a page holds space with `:not(:defined)`, and for
   * that wait with `:state(loading)` (docs/embedding.md). Only before the first draw: a drawn
   * element keeps what it shows while a new language loads. Not while a pre-rendered copy
   * shows (it holds its own space). Where the browser has no custom states (CustomStateSet), or
   * only the older `--name` form that refuses a plain name, nothing is shown and nothing fails.
   */
  protected waitingToDraw(waiting: boolean): void {
    if (isServer) return;
    if (!waiting) {
      this.internals?.states?.delete('loading');
      return;
    }
    if (this.hasUpdated || this.showsPreRenderedCopy()) return;
    try {
      this.internals ??= this.attachInternals();
      this.internals.states?.add('loading');
    } catch {
      // No ElementInternals, or a CustomStateSet that takes only `--loading` (Chromium 90–124):
      // the page's :state(loading) rule then never applies, as in a browser without :state().
    }
  }

  /** True while a pre-rendered copy (a declarative shadow root) shows in place of a first draw. */
  protected showsPreRenderedCopy(): boolean {
    return [...(this.shadowRoot?.children ?? [])].some((child) => child.localName !== 'style');
  }

  /**
   * Resolves the settings, once per update and before any rendering, so a bad value is reported
   * as soon as the element shows, whichever parts of it are shown. The same values keep the same
   * object, so the widgets this one draws are not drawn again for nothing.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.hasUpdated) this.language.localeChanged();
    this.resolved = sameOr(this.resolved, this.settings ?? resolveSettings(this, this));
    // A bad theme falls back to light, which the reflected attribute shows too; a drawn widget
    // takes its parent's theme.
    if (this.theme !== this.resolved.theme) this.theme = this.resolved.theme;
  }

  /** The region in force: the attribute when we know it, else the page's language tags. */
  get regionInForce(): string | undefined {
    if (this.settings) return this.settings.region || undefined;
    return regionIn(this, this.region);
  }

  private readonly drawnSettings = new Map<string, WidgetSettings>();

  /**
   * The settings for a widget this one draws, whose main heading is at `headingLevel`: the same
   * object for the same values, so that widget is not drawn again for nothing.
   */
  protected settingsFor(headingLevel: number, { insideGuide = false } = {}): WidgetSettings {
    const key = `${headingLevel} ${insideGuide}`;
    const next = { ...this.resolved, headingLevel, insideGuide };
    const settings = sameOr(this.drawnSettings.get(key), next);
    this.drawnSettings.set(key, settings);
    return settings;
  }

  /** Wraps content in the language and direction being shown, for screen readers and layout. */
  protected inLanguage(content: unknown, className: string, part: string): TemplateResult {
    const locale = getLocale();
    return html`<div class=${className} part=${part} lang=${locale} dir=${directionFor(locale)}>
      ${content}
    </div>`;
  }
}
