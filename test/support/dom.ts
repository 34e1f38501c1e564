/**
 * Reading the widgets' DOM as a reader meets it: every node through open shadow roots, waiting
 * until every element has rendered, and waiting for the page's language. Works for nodes of an
 * iframe's page too (no `instanceof`), as the blank-page tests need.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { getLocale } from '../../src/localization.js';

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

/** Every text node under `node`, through open shadow roots. */
export function* texts(node: Node): Generator<Text> {
  for (const each of walk(node)) if (each.nodeType === Node.TEXT_NODE) yield each as Text;
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

/** The language and direction the element's content is in (its wrapper carries them). */
export function languageOf(el: Element): { lang: string; dir: string } {
  const wrapper = el.shadowRoot!.querySelector('[lang]')!;
  const view = el.ownerDocument.defaultView ?? window;
  return { lang: wrapper.getAttribute('lang')!, dir: view.getComputedStyle(wrapper).direction };
}
