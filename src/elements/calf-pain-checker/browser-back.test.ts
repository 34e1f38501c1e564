/**
 * The browser's Back with the checker on a host page with its own router (issue 22): Back steps
 * through the questions, the host's address and router state stay, and Back from question 1
 * leaves as it would without us.
 *
 * This file's name sorts first among the browser tests, so each engine runs it in a fresh tab.
 * After the other files' tests the tab's history is at the browsers' 50-entry cap, and there
 * Chromium's history.back() left the test page (in a file after them, this test had to be
 * skipped, so no full run ever ran it).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './calf-pain-checker.js';
import type { CalfPainChecker } from './calf-pain-checker.js';
import { answer, currentScreen, option } from '../../../test/support/checker-harness.js';

/** Waits for the browser's Back (or Forward) to reach the page. */
async function browserBack(checker?: CalfPainChecker): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  await checker?.updateComplete;
}

describe('<calf-pain-checker> and the browser’s Back', () => {
  /**
   * A small single-page-app router, as a host page has one: it keeps its route in the hash and
   * its own key in history.state, and draws its page on popstate.
   */
  function router() {
    const outlet = document.createElement('main');
    const draws: string[] = [];
    const draw = () => {
      const route = location.hash || '#/';
      outlet.dataset.route = route;
      outlet.dataset.key = String((history.state as { routerKey?: number } | null)?.routerKey);
      draws.push(route);
    };
    const go = (route: string, routerKey: number) => {
      history.pushState({ routerKey }, '', `${location.pathname}${location.search}${route}`);
      draw();
    };
    addEventListener('popstate', draw);
    return { outlet, draws, go, stop: () => removeEventListener('popstate', draw) };
  }

  it('steps back through the questions, keeps the host’s address and router state, and leaves as a normal Back from question 1', async function () {
    expect(
      history.length,
      'a fresh tab: this file must run before the other browser tests',
    ).to.be.below(40);
    const host = router();
    const start = location.href;
    host.go('#/home', 1);
    host.go('#/calf', 2);
    const address = location.href;
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker region="GB"></calf-pain-checker>`,
    );
    host.outlet.append(el);
    document.body.append(host.outlet);
    try {
      await answer(el, []);
      await answer(el, ['age-16-to-49']);
      expect(currentScreen(el)!.id).to.equal('pregnancy');
      expect(location.href).to.equal(address);

      await browserBack(el);
      expect(currentScreen(el)!.id).to.equal('age');
      expect(option(el, 'age-16-to-49').checked, 'the answer is kept').to.be.true;
      expect(location.href).to.equal(address);
      // The router still finds its own state and route: its page is the same.
      expect(host.outlet.dataset.route).to.equal('#/calf');
      expect(host.outlet.dataset.key).to.equal('2');
      expect(host.outlet.isConnected && el.isConnected).to.be.true;

      await browserBack(el);
      expect(currentScreen(el)!.id).to.equal('emergency');
      expect(host.outlet.dataset.route).to.equal('#/calf');

      // Forward again, then Back past question 1: the host's previous page, as without us.
      await browserBack();
      expect(host.outlet.dataset.route).to.equal('#/home');
    } finally {
      host.stop();
      host.outlet.remove();
      history.replaceState(null, '', start);
    }
  });

  it('goes on when the browser refuses a history entry (WebKit allows 100 in 10 seconds)', async () => {
    const original = history.pushState;
    history.pushState = () => {
      throw new DOMException(
        'Attempt to use history.pushState() more than 100 times',
        'SecurityError',
      );
    };
    try {
      const el = await fixture<CalfPainChecker>(html`<calf-pain-checker></calf-pain-checker>`);
      await answer(el, []);
      expect(currentScreen(el)!.id).to.equal('age');
    } finally {
      history.pushState = original;
    }
  });

  it('adds no history entries with history="off"', async () => {
    const before = history.length;
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    await answer(el, []);
    await answer(el, []);
    expect(history.length).to.equal(before);
    expect(currentScreen(el)!.id).to.equal('pregnancy');
  });
});
