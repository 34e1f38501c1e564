/**
 * IBM's Equal Access engine on every named state (test/support/states.ts), as axe runs on them
 * in matrix.test.ts: in the languages that ship (its rules read the text: Chinese, Arabic and
 * the "or" divider each gave it something to say) and in the dark theme, in each engine. Each
 * false positive is suppressed on its own, with its reason, in test/support/ibm-engine.ts.
 *
 * The widget is checked inside a <main>: a widget is part of its host page's content, and the
 * page chooses the landmark. Outside any landmark the engine would report every part of it.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { LANGUAGES } from '../../src/generated/languages.js';
import { findings, listFindings } from '../support/ibm-engine.js';
import { STATES, mount, type MountOptions, type WidgetState } from '../support/states.js';

const SHIPPED = ['en', ...LANGUAGES.filter((each) => each.ships).map((each) => each.tag)];
/**
 * Every shipped language in Chromium; in Firefox and WebKit (slower here, and whose DOM the rules
 * read alike) one of each kind of script the rules treat differently: Latin, Arabic (right to
 * left) and Chinese (no spaces between words).
 */
const LOCALES = /Chrome\//.test(navigator.userAgent)
  ? SHIPPED
  : SHIPPED.filter((tag) => ['en', 'ar', 'zh-Hans'].includes(tag));

async function check(each: WidgetState, options: MountOptions & { locale: string }) {
  const el = await mount(each, { ...options, wrapper: document.createElement('main') });
  const found = await findings(el, options.locale);
  expect(found, listFindings(found)).to.deep.equal([]);
}

for (const locale of LOCALES) {
  describe(`IBM Equal Access: ${locale}`, () => {
    for (const each of STATES) it(each.name, () => check(each, { locale }));
  });
}

describe('IBM Equal Access: dark theme', () => {
  for (const each of STATES) it(each.name, () => check(each, { locale: 'en', theme: 'dark' }));
});
