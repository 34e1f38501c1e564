/**
 * Drives the widgets into the states the accessibility matrix and the visual tests look at.
 * Shared by test/a11y and test/visual; it is not a test file itself.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker.js';
import type { FindingId, Level } from '../../src/checker/ids.js';
import { SECTION_IDS } from '../../src/content/types.js';
import { getLocale } from '../../src/localization.js';
import { nextButton, runChecker } from '../support/checker-run.js';

/** Every disclosure of the guide: the "Get help now" explanations and the sections. */
export const DISCLOSURE_IDS = ['get-help', ...SECTION_IDS] as const;
export const ALL_OPEN = DISCLOSURE_IDS.join(' ');

/** Findings that give each level (the same as test/elements/calf-pain-checker.test.ts). */
export const LEVEL_CASES: Record<Level, FindingId[]> = {
  emergency: ['breathless'],
  urgent: ['onset-gradual', 'swelling-one-leg', 'duration-under-3-days', 'trend-same'],
  routine: ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks', 'trend-same'],
  'self-care': ['onset-after-exercise', 'both-legs', 'duration-under-3-days', 'trend-better'],
};
export const LEVELS_SHOWN = Object.keys(LEVEL_CASES) as Level[];

/** An element's open shadow root. No `instanceof`: it must work for nodes of an iframe too. */
function shadowOf(node: Node): ShadowRoot | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
}

/** Every node in the tree, through open shadow roots. */
export function* walk(node: Node): Generator<Node> {
  for (const child of node.childNodes) {
    yield child;
    const shadow = shadowOf(child);
    if (shadow) yield* walk(shadow);
    yield* walk(child);
  }
}

/** Every open shadow root at or below `el` (its own first). */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots = el.shadowRoot ? [el.shadowRoot] : [];
  for (const node of el.shadowRoot ? walk(el.shadowRoot) : []) {
    const shadow = shadowOf(node);
    if (shadow) roots.push(shadow);
  }
  return roots;
}

/** Waits until `el` and every Lit element inside it have rendered. */
export async function settled(el: Element): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const node of [el, ...walk(el.shadowRoot ?? el)]) {
      if (shadowOf(node) && 'updateComplete' in node) {
        await (node as ReactiveElement).updateComplete;
      }
    }
  }
}

/** Waits until the page shows `locale` (lit-localize loads a language asynchronously). */
export async function shown(locale: string): Promise<void> {
  for (let i = 0; i < 200 && getLocale() !== locale; i++) await aTimeout(5);
  expect(getLocale()).to.equal(locale);
  await aTimeout(0);
}

export { answer, currentScreen } from '../support/checker-run.js';

/** Presses Next without answering anything new. */
export async function next(el: CalfPainChecker): Promise<void> {
  nextButton(el).click();
  await el.updateComplete;
}

/** Answers screen after screen until the result shows, and waits for it to render. */
export async function runThrough(el: CalfPainChecker, findings: readonly string[]): Promise<void> {
  await runChecker(el, findings);
  await settled(el);
}
