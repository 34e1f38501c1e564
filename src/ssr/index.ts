/**
 * `calf-pain-guide/ssr`: the guide rendered to HTML on a Node server (Astro, Eleventy, Next.js,
 * any Node server), with Lit SSR and a declarative shadow root, so the reader sees the guide
 * before any script runs, and with JavaScript off:
 *
 *   import { renderGuide } from 'calf-pain-guide/ssr';
 *   const html = await renderGuide({ locale: 'es', region: 'ES', clinicName: 'Clínica Sol' });
 *
 * It returns the whole `<calf-pain-guide>` element, its attributes set from the options, drawn as
 * the live guide draws its first paint (sections closed, as <details> that open without script).
 * With the package's script on the page, the element replaces it with the live guide in one
 * frame, moving nothing (see WidgetElement.update). Like every Lit SSR integration it installs
 * Lit's DOM shim on the server's globals where they have none.
 */
import './dom-shim.js';
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Defines the elements in the shim's registry, where Lit SSR finds them.
import '../index.js';
import { chooseLocale, setLocale } from '../localization.js';
import { languageOf } from '../locale-choice.js';

/** The guide's attributes (docs/api.md), as options. Every one is optional. */
export interface GuideOptions {
  /** `en`, `es`, `fr`, `de`, `pt-BR`, `ar`, `zh-Hans`, or a tag they cover (`es-MX`). */
  locale?: string;
  /** The reader's country (ISO 3166-1, e.g. `GB`): sets the emergency number shown. */
  region?: string;
  emergencyNumber?: string;
  urgentNumber?: string;
  clinicName?: string;
  clinicPhone?: string;
  clinicUrl?: string;
  clinicSameDay?: boolean;
  /** Level of the guide's main heading, 1–6 (default 2). */
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
  /** Space-separated ids of the sections to show open. */
  open?: string;
  /** Space-separated ids of the sections to show, in order. */
  sections?: string;
  hideChecker?: boolean;
}

/** CSS without comments and runs of whitespace (it is repeated in each shadow root). */
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .trim();
}

/**
 * Lit SSR's output without its hydration markers (the element replaces the copy, it does not
 * hydrate it), without the obsolete `shadowroot` attribute beside `shadowrootmode`, with compact
 * CSS and whitespace. Only ASCII whitespace is collapsed: the translations use no-break spaces
 * on purpose.
 */
function tidy(markup: string): string {
  const parts = markup.split(/(<style>[\s\S]*?<\/style>)/);
  return parts
    .map((part, index) => {
      if (index % 2) return `<style>${compactCss(part.slice(7, -8))}</style>`;
      return part
        .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
        .replace(/ defer-hydration(?=[\s>])/g, '')
        .replace(/ shadowroot="open"/g, '')
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/ >/g, '>');
    })
    .join('')
    .trim();
}

const blank = (value: string | undefined): string | undefined => value?.trim() || undefined;

/**
 * lit-localize announces a change of language on `window`, which Lit's DOM shim leaves undefined
 * on purpose (libraries take a `window` as a sign of a browser): an EventTarget stands in, only
 * while the language changes.
 */
async function switchLanguage(locale: string): Promise<void> {
  const scope = globalThis as { window?: unknown };
  if (scope.window !== undefined) return setLocale(locale);
  scope.window = new EventTarget();
  try {
    await setLocale(locale);
  } finally {
    delete scope.window;
  }
}

async function renderNow(options: GuideOptions): Promise<string> {
  // The language the live guide would choose for this tag among the ones that ship.
  const { locale } = chooseLocale(options.locale);
  await switchLanguage(locale);
  // A regional tag of the language shown (en-GB for en) is kept as the element's `lang`: the live
  // guide writes dates, and picks the emergency number, from the closest `lang`, so the copy must
  // be drawn from the same tag, or the script's upgrade rewrites its date ("December 6, 2026"
  // becomes "6 December 2026" on an en-GB page). A tag of another language (ja-JP, shown in
  // English) is not: it would mark English text as Japanese.
  const asked = blank(options.locale);
  const regional =
    asked &&
    asked.toLowerCase() !== locale.toLowerCase() &&
    languageOf(asked) === languageOf(locale)
      ? asked
      : undefined;
  const result = render(
    html`<calf-pain-guide
      locale=${locale}
      region=${ifDefined(blank(options.region))}
      emergency-number=${ifDefined(blank(options.emergencyNumber))}
      urgent-number=${ifDefined(blank(options.urgentNumber))}
      clinic-name=${ifDefined(blank(options.clinicName))}
      clinic-phone=${ifDefined(blank(options.clinicPhone))}
      clinic-url=${ifDefined(blank(options.clinicUrl))}
      ?clinic-same-day=${options.clinicSameDay === true}
      heading-level=${ifDefined(options.headingLevel)}
      theme=${ifDefined(options.theme)}
      open=${ifDefined(blank(options.open))}
      sections=${ifDefined(blank(options.sections))}
      ?hide-checker=${options.hideChecker === true}
      lang=${ifDefined(regional)}
    ></calf-pain-guide>`,
  );
  return tidy(await collectResult(result));
}

/** One render at a time: the language is global to the elements, as on a page. */
let queue: Promise<unknown> = Promise.resolve();

/** The guide as HTML, for `options` (its attributes): see the top of this file. */
export function renderGuide(options: GuideOptions = {}): Promise<string> {
  const rendered = queue.then(() => renderNow(options));
  queue = rendered.catch(() => undefined);
  return rendered;
}
