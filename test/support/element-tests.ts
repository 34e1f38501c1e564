/**
 * Tests every element gets the same way (as Material Web's test factories do): a bad attribute
 * value warns once and falls back, and `hidden` hides. Each element's test file calls them, so
 * the three elements are held to one rule, written once.
 */
import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from './console.js';
import type { WidgetTag } from './states.js';

/**
 * Exactly one warning for each attribute, naming it (` name="`); `free` attributes (any text is
 * valid) none. Also the garbage test's rule (test/hostile/garbage-attributes.test.ts).
 */
export function expectOneWarningEach(
  warnings: string[],
  attributes: Record<string, string>,
  mention = (attribute: string) => ` ${attribute}="`,
): void {
  for (const [attribute, value] of Object.entries(attributes)) {
    const mine = warnings.filter((w) => w.includes(mention(attribute)) && w.includes(value));
    expect(mine, `${attribute}: ${warnings.join('\n')}`).to.have.length(1);
  }
}

/**
 * It: the element given these bad values renders, warns once about each (a second render
 * repeats none) and falls back, as `fallback` checks.
 */
export function itWarnsOnceForEachBadAttribute<T extends HTMLElement>(
  tag: WidgetTag,
  bad: Record<string, string>,
  fallback: (el: T) => void | Promise<void>,
): void {
  it('warns once about each bad attribute value and falls back', async () => {
    let el!: T;
    const warnings = await captureWarnings(async () => {
      el = document.createElement(tag) as unknown as T;
      for (const [name, value] of Object.entries(bad)) el.setAttribute(name, value);
      await fixture(el);
      (el as unknown as { requestUpdate(): void }).requestUpdate();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    });
    expectOneWarningEach(warnings, bad);
    await fallback(el);
  });
}

/** It: `hidden` hides the element, and it shows again when the attribute goes. */
export function itRespectsHidden(tag: WidgetTag): void {
  it('respects hidden', async () => {
    const el = document.createElement(tag);
    el.setAttribute('region', 'GB');
    el.hidden = true;
    await fixture(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot, 'rendered').to.exist;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.hidden = false;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });
}
