/**
 * The host page restyles the widget through what it publishes: the `--cpg-*` custom properties,
 * `::part()` and the `theme` attribute, also after the widget has rendered.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { RedFlagBanner } from '../../src/elements/red-flag-banner/red-flag-banner.js';

describe('styling from the host page', () => {
  it('takes the page’s --cpg-* tokens, ::part() rules and theme, also when they change later', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .clinic {
            --cpg-emergency-color: rgb(128, 0, 128);
            --cpg-emergency-content-color: rgb(20, 20, 60);
            --cpg-font-family: serif;
          }
          .clinic red-flag-banner::part(heading) {
            border-block-end: 5px solid rgb(0, 0, 255);
          }
        </style>
        <red-flag-banner region="GB"></red-flag-banner>
      </div>`,
    );
    const banner = page.querySelector<RedFlagBanner>('red-flag-banner')!;
    const bar = banner.shadowRoot!.querySelector('.heading')!;
    const card = banner.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(bar).backgroundColor).to.equal('rgb(213, 40, 27)');
    expect(getComputedStyle(bar).borderBottomWidth).to.equal('0px');

    page.classList.add('clinic');
    expect(getComputedStyle(bar).backgroundColor).to.equal('rgb(128, 0, 128)');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(20, 20, 60)');
    expect(getComputedStyle(bar).borderBottomColor).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(bar).borderBottomWidth).to.equal('5px');
    expect(getComputedStyle(card).fontFamily).to.equal('serif');

    page.classList.remove('clinic');
    expect(getComputedStyle(bar).backgroundColor).to.equal('rgb(213, 40, 27)');
  });

  it('changes theme when the attribute changes after rendering', async () => {
    const banner = await fixture<RedFlagBanner>(
      html`<red-flag-banner level="urgent" region="GB"></red-flag-banner>`,
    );
    const card = banner.shadowRoot!.querySelector('.card')!;
    const light = getComputedStyle(card).backgroundColor;
    banner.setAttribute('theme', 'dark');
    await banner.updateComplete;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(43, 50, 54)');
    expect(getComputedStyle(card).backgroundColor).to.not.equal(light);
    await expect(banner).to.be.accessible();
  });
});
