/**
 * A clinic page served with a strict Content-Security-Policy header (test/hostile/csp-page.html,
 * given its header by test/support/server-middleware.mjs) still shows a working widget, and the
 * widget causes no violation report.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { servedPage, until } from '../support/blank-page.js';
import { runChecker } from '../support/checker-harness.js';
import { LEVEL_CASES } from '../support/states.js';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const PAGE = '/test/hostile/csp-page.html';

describe('a page with a strict Content-Security-Policy header', () => {
  it('is really served with that policy (the other tests here rely on it)', async () => {
    const response = await fetch(PAGE, { cache: 'no-store' });
    expect(response.headers.get('Content-Security-Policy')).to.equal(STRICT_CSP);
  });

  it('shows a working guide and checker, with no violation, error or warning', async () => {
    // Guards: component styles go through adoptedStyleSheets (not <style> or style=""), templates
    // go through Lit's Trusted Types policy, nothing is loaded from anywhere (no fonts, images,
    // or data: URLs), and nothing uses eval or inline script.
    const { frame, win } = await servedPage(PAGE);
    const doc = frame.contentDocument!;
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    const root = guide.shadowRoot!;

    // Rendered, and styled: the component CSS was not blocked by style-src 'self'.
    expect(root.querySelector('.title')!.textContent!.trim()).to.equal(
      'Pain at the top of the calf',
    );
    const toggle = root.querySelector<HTMLButtonElement>('#toggle-muscle')!;
    expect(win.getComputedStyle(toggle).display).to.equal('flex');
    const banner = root.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;

    // A section opens.
    toggle.click();
    await guide.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('#panel-muscle')!.hasAttribute('hidden')).to.be.false;
    expect(root.querySelector<HTMLElement>('#panel-muscle')!.offsetHeight).to.be.greaterThan(0);

    // The checker runs to a result.
    root.querySelector<HTMLButtonElement>('#toggle-check')!.click();
    await guide.updateComplete;
    const checker = root.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await checker.updateComplete;
    const results: string[] = [];
    guide.addEventListener('calf-checker-result', (event) => results.push(event.detail.level));
    await runChecker(checker, LEVEL_CASES.urgent);
    expect(results).to.deep.equal(['urgent']);
    const result = checker.shadowRoot!.querySelector('.result')!;
    expect(result.querySelector('#result-heading')!.textContent!.trim()).to.equal(
      'You need to see a doctor today',
    );
    // The result's own parts rendered too (more templates through the same policy): the call
    // button for the region's advice line, and the full emergency list folded below.
    expect(result.querySelector('a[href="tel:111"]')).to.exist;
    const card = result.querySelector('red-flag-banner[level="emergency"]')!;
    await (card as unknown as CalfPainGuide).updateComplete;
    expect(card.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;

    // Violation events are dispatched asynchronously: give them time to arrive.
    await aTimeout(100);
    const log = win.__hostile;
    expect(log.violations, 'CSP violations').to.deep.equal([]);
    expect(log.errors, 'errors').to.deep.equal([]);
    expect(log.warnings, 'warnings').to.deep.equal([]);
    frame.remove();
  });

  it('reports a violation when something does break the policy (so "no violation" above means something)', async () => {
    // Guards the test itself: the policy is in force in the frame and the probe hears violations.
    const { frame, win } = await servedPage(PAGE);
    const doc = frame.contentDocument!;
    const log = win.__hostile;
    await aTimeout(50);
    expect(log.violations).to.deep.equal([]);

    // default-src 'none' blocks images, in every engine.
    const img = doc.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    doc.body.append(img);
    await until(() => log.violations.length > 0, 'a violation report for the image');
    expect(log.violations.join('\n')).to.match(/img-src|default-src/);

    // Trusted Types: enforced where the engine has them (Chromium; Firefox and WebKit as they ship
    // them). An engine without them ignores require-trusted-types-for, so there is nothing to check.
    if ('trustedTypes' in win) {
      const div = doc.createElement('div');
      let thrown: unknown;
      try {
        div.innerHTML = '<b>not trusted</b>';
      } catch (error) {
        thrown = error;
      }
      // A TypeError, from whichever realm the engine picks.
      expect((thrown as Error | undefined)?.name).to.equal('TypeError');
      await until(
        () => log.violations.some((v) => v.includes('require-trusted-types-for')),
        'a Trusted Types violation report',
      );
    }
    frame.remove();
  });
});

describe('the Trusted Types policies docs/embedding.md shows', () => {
  // ?policy=docs-N: the Nth Content-Security-Policy line of the docs (server-middleware.mjs).
  const ONE_COPY = 'docs-1';
  const TWO_COPIES = 'docs-2';

  it('are the ones these tests serve', async () => {
    const one = await fetch(`${PAGE}?policy=${ONE_COPY}`, { cache: 'no-store' });
    expect(one.headers.get('Content-Security-Policy')).to.equal(
      "script-src 'self'; trusted-types lit-html; require-trusted-types-for 'script'",
    );
    const two = await fetch(`/test/hostile/csp-two-copies.html?policy=${TWO_COPIES}`, {
      cache: 'no-store',
    });
    expect(two.headers.get('Content-Security-Policy')).to.contain(
      "trusted-types lit-html 'allow-duplicates'",
    );
  });

  it('the first (no allow-duplicates) is enough for one copy of the guide', async () => {
    const { frame, win } = await servedPage(`${PAGE}?policy=${ONE_COPY}`);
    const guide = frame.contentDocument!.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('.title')).to.exist;
    await aTimeout(100);
    expect(win.__hostile.violations).to.deep.equal([]);
    expect(win.__hostile.errors).to.deep.equal([]);
    frame.remove();
  });

  it('the second (allow-duplicates) lets a second copy of Lit run; without it, it cannot', async function () {
    const { frame, win } = await servedPage(
      `/test/hostile/csp-two-copies.html?policy=${TWO_COPIES}`,
    );
    if (!('trustedTypes' in win)) this.skip();
    await until(
      () => frame.contentDocument!.querySelector('calf-pain-guide')?.shadowRoot,
      'the guide',
    );
    // Both copies have run (the module bundle last): no violation, no error.
    await until(() => 'CalfPainGuide' in win, 'the classic copy');
    await aTimeout(100);
    expect(win.__hostile.violations).to.deep.equal([]);
    expect(win.__hostile.errors).to.deep.equal([]);
    frame.remove();

    const refused = await servedPage(`/test/hostile/csp-two-copies.html?policy=${ONE_COPY}`);
    await until(() => refused.win.__hostile.errors.length > 0, 'the second copy to fail');
    expect(refused.win.__hostile.errors.join('\n')).to.match(/lit-html|policy/i);
    refused.frame.remove();
  });
});
