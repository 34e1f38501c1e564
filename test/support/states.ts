/**
 * The named states of the three elements: one list that the element tests, the accessibility
 * matrix (axe in each language, theme and engine) and the visual baselines all take their states
 * from, as nhsuk-frontend's fixtures feed its axe and screenshot tests. Each state says how to get
 * there (attributes, then `drive`) and what shows that it was reached (`check`), so a test of a
 * state never passes on the wrong one.
 */
import { expect, fixture } from '@open-wc/testing';
import { SCREENS, type FindingId, type Level } from '../../src/checker/ids.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { SECTION_IDS } from '../../src/elements/calf-pain-guide/guide-structure.js';
import { BANNER_LEVELS } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { answer, checkShown, currentScreen, next, runChecker } from './checker-harness.js';
import { settled, shown } from './dom.js';

/** Every disclosure of the guide: the "Get help now" explanations and the sections. */
export const DISCLOSURE_IDS = ['get-help', ...SECTION_IDS] as const;
export const ALL_OPEN = DISCLOSURE_IDS.join(' ');

/** Answers that give each level (the engine's own cases; the checker tests use them too). */
export const LEVEL_CASES: Record<Level, FindingId[]> = {
  emergency: ['breathless'],
  urgent: ['onset-gradual', 'swelling-one-leg', 'duration-under-3-days', 'trend-same'],
  routine: ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks', 'trend-same'],
  'self-care': ['onset-after-exercise', 'both-legs', 'duration-under-3-days', 'trend-better'],
};
export const LEVELS_SHOWN = Object.keys(LEVEL_CASES) as Level[];

/**
 * A clot risk with one swollen leg: a same-day result whose first cause, a clot, has several of
 * the reader's answers under it (and, in Australia, an advice line).
 */
export const CLOT_RISK_CASE: FindingId[] = [
  'onset-gradual',
  'swelling-one-leg',
  'recent-surgery-or-bed-rest',
  'duration-under-3-days',
  'trend-same',
];

/**
 * Answers that pass through every question (no emergency sign ends them early, and under 50 the
 * pregnancy question is asked).
 */
export const ALL_SCREENS: FindingId[] = [
  'age-16-to-49',
  'leg-right',
  'onset-gradual',
  'onset-walking',
  'smoker',
  'duration-over-2-weeks',
  'trend-same',
];

/** The clinic of the card states: every part of a card that can show is shown. */
export const CLINIC = {
  'clinic-name': 'Oak Clinic',
  'clinic-phone': '01234 567890',
  'clinic-url': 'https://oak.example/book',
};

export type WidgetTag = 'calf-pain-guide' | 'calf-pain-checker' | 'red-flag-banner';

export interface WidgetState {
  /** `guide-collapsed`, `checker-question-onset`, `checker-result-urgent`, `banner-emergency` … */
  name: string;
  tag: WidgetTag;
  /** Attributes besides `locale`, `region` (GB) and `theme`, which `mount` sets. */
  attributes?: Record<string, string>;
  /** Gets the rendered element into the state (answers the checker's questions). */
  drive?: (el: HTMLElement) => Promise<void>;
  /** What shows the element is in the state. */
  check: (el: HTMLElement) => void;
}

const shadow = (el: Element) => el.shadowRoot!;
const asChecker = (el: HTMLElement) => el as CalfPainChecker;

const guideStates: WidgetState[] = [
  {
    name: 'guide-collapsed',
    tag: 'calf-pain-guide',
    attributes: { open: '' },
    check: (el) => {
      const panels = [...shadow(el).querySelectorAll('.panel')];
      expect(panels.length).to.equal(DISCLOSURE_IDS.length);
      expect(panels.every((panel) => panel.hasAttribute('hidden'))).to.be.true;
    },
  },
  ...DISCLOSURE_IDS.map((id): WidgetState => ({
    name: `guide-open-${id}`,
    tag: 'calf-pain-guide',
    attributes: { open: id },
    check: (el) => {
      expect(shadow(el).querySelector(`#toggle-${id}`)!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
      const panel = shadow(el).querySelector(`#panel-${id}`)!;
      expect(panel.hasAttribute('hidden')).to.be.false;
      expect(panel.children.length).to.be.greaterThan(0);
    },
  })),
  {
    name: 'guide-open-all',
    tag: 'calf-pain-guide',
    attributes: { open: ALL_OPEN },
    check: (el) => {
      const panels = [...shadow(el).querySelectorAll('.panel')];
      expect(panels.filter((panel) => panel.hasAttribute('hidden'))).to.deep.equal([]);
    },
  },
];

const checkerStates: WidgetState[] = [
  ...SCREENS.map((screen, index): WidgetState => ({
    name: `checker-question-${screen.id}`,
    tag: 'calf-pain-checker',
    drive: async (el) => {
      for (let i = 0; i < index; i++) await answer(asChecker(el), ALL_SCREENS);
    },
    check: (el) => expect(currentScreen(asChecker(el))).to.equal(screen),
  })),
  ...(['checklist', 'choice'] as const).map((kind): WidgetState => ({
    name: `checker-error-${kind}`,
    tag: 'calf-pain-checker',
    drive: async (el) => {
      while (currentScreen(asChecker(el))!.kind !== kind) await answer(asChecker(el), ALL_SCREENS);
      await next(asChecker(el));
    },
    check: (el) => {
      // The GOV.UK error summary at the top, focused, and the message by the options.
      const summary = shadow(el).querySelector('.error-summary');
      expect(summary, kind).to.exist;
      expect(shadow(el).activeElement, kind).to.equal(summary);
      expect(shadow(el).querySelector('.error'), kind).to.exist;
    },
  })),
  {
    // Question 1 with a sign ticked: the call card under it.
    name: 'checker-call-card',
    tag: 'calf-pain-checker',
    drive: async (el) => {
      shadow(el).querySelector<HTMLInputElement>('#option-breathless')!.click();
      await asChecker(el).updateComplete;
    },
    check: (el) => {
      expect(currentScreen(asChecker(el))!.id).to.equal('emergency');
      expect(shadow(el).querySelector('.call-card a.call-button')).to.exist;
    },
  },
  {
    name: 'checker-check-answers',
    tag: 'calf-pain-checker',
    drive: async (el) => {
      while (!checkShown(asChecker(el))) await answer(asChecker(el), ALL_SCREENS);
    },
    check: (el) => {
      expect(checkShown(asChecker(el))).to.exist;
      expect(shadow(el).querySelectorAll('.answer-row').length).to.equal(SCREENS.length);
    },
  },
  ...LEVELS_SHOWN.map((level): WidgetState => ({
    name: `checker-result-${level}`,
    tag: 'calf-pain-checker',
    drive: (el) => runChecker(asChecker(el), LEVEL_CASES[level]),
    check: (el) => expect(asChecker(el).result!.level).to.equal(level),
  })),
];

const bannerStates: WidgetState[] = BANNER_LEVELS.map((level) => ({
  name: `banner-${level}`,
  tag: 'red-flag-banner',
  attributes: { level, ...CLINIC },
  check: (el) => expect(el.getAttribute('level')).to.equal(level),
}));

export const STATES: readonly WidgetState[] = [...guideStates, ...checkerStates, ...bannerStates];

/** A state by name (a typo fails loudly). */
export function state(name: string): WidgetState {
  const found = STATES.find((each) => each.name === name);
  if (!found) throw new Error(`no state named ${name}`);
  return found;
}

export interface MountOptions {
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Wraps the element in the page (the visual tests' page with its own font). */
  wrapper?: HTMLElement;
}

/**
 * The element in `state`, in this page: made with its attributes (`region="GB"` and the locale
 * unless the state says otherwise), shown in the locale, driven, rendered and checked.
 */
export async function mount<T extends HTMLElement = HTMLElement>(
  named: WidgetState | string,
  { locale = 'en', theme, wrapper }: MountOptions = {},
): Promise<T> {
  const each = typeof named === 'string' ? state(named) : named;
  const el: HTMLElement = document.createElement(each.tag);
  const attributes = { locale, region: 'GB', ...(theme ? { theme } : {}), ...each.attributes };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (wrapper) wrapper.append(el);
  await fixture(wrapper ?? el);
  await shown(locale);
  await settled(el);
  await each.drive?.(el);
  await settled(el);
  each.check(el);
  return el as T;
}
