/**
 * Pixel baselines of the guide and of the checker's results, at three widths, in English and
 * Arabic (right to left). Chromium only (web-test-runner.config.mjs): fonts and anti-aliasing
 * differ between engines. Baselines: test/visual/screenshots/; see test/visual/README.md.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { Level } from '../../src/checker/ids.js';
import { settled, shadowRoots } from '../support/dom.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { LEVELS_SHOWN, PICTURE_IDS, mount } from '../support/states.js';

const WIDTHS = [320, 768, 1280] as const;
const LANGUAGES = ['en', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * What makes a screenshot the same on every run: no caret, no transition (the elements honour
 * reduced motion, and the host page has none), no scrollbar taking width (phones overlay theirs),
 * and one font that covers English and Arabic, from fonts-dejavu-core, the only font package
 * Chromium is given in the tests (test/support/fonts.conf).
 */
const PAGE_STYLE = `
  html { scrollbar-width: none; caret-color: transparent; }
  *, *::before, *::after { animation: none !important; transition: none !important; }
  .page { font-family: 'DejaVu Sans'; font-size: 16px; caret-color: transparent; }
`;

/**
 * True when DejaVu Sans is installed: text in it is not as wide as in the fonts that stand in
 * when a font is missing. Without it every screenshot would differ from the baselines.
 */
function dejaVuInstalled(): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => {
    context.font = font;
    return context.measureText('Pain at the top of the calf').width;
  };
  const dejaVu = width(`16px 'DejaVu Sans', monospace`);
  return dejaVu !== width('16px monospace') && dejaVu === width(`16px 'DejaVu Sans', serif`);
}

async function atWidth(width: number): Promise<void> {
  await setViewport({ width, height: 800 });
  await nextFrame();
  await nextFrame();
}

/** Everything drawn, nothing moving, nothing focused. */
async function still(el: HTMLElement): Promise<void> {
  await settled(el);
  await document.fonts.ready;
  // The checker moves focus to its result heading; a focused heading draws nothing, but a blurred
  // page is the same on every run whatever the browser decides about :focus-visible.
  for (const root of shadowRoots(el)) (root.activeElement as HTMLElement | null)?.blur();
  const moving = shadowRoots(el).flatMap((root) => root.getAnimations());
  expect(moving, 'animations or transitions running').to.deep.equal([]);
  await nextFrame();
  await nextFrame();
}

/** The visual tests' page: one font for every language (PAGE_STYLE). */
function page(): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'page';
  return div;
}

/** The guide in a state of test/support/states.ts, still. */
async function guide(locale: Language, state: string): Promise<CalfPainGuide> {
  const el = await mount<CalfPainGuide>(state, { locale, wrapper: page() });
  await still(el);
  return el;
}

/** A section of the guide, with every section open. */
function openSection(el: CalfPainGuide, id: string): HTMLElement {
  const panels = [...el.shadowRoot!.querySelectorAll('.panel')];
  expect(panels.filter((panel) => panel.hasAttribute('hidden'))).to.deep.equal([]);
  return el.shadowRoot!.querySelector<HTMLElement>(`section[data-section="${id}"]`)!;
}

/**
 * The checker driven to a level, and the top of its result: the action with its timeframe and
 * the call or booking buttons (issue 22), what a phone's first screen holds.
 */
async function resultCard(locale: Language, level: Level): Promise<HTMLElement> {
  const el = await mount(`checker-result-${level}`, { locale, wrapper: page() });
  await still(el);
  const card = el.shadowRoot!.querySelector<HTMLElement>('.result-top')!;
  expect(card, 'top of the result').to.exist;
  return card;
}

/** A part of the checker in a named state (the call card, "Check your answers", the error summary). */
async function checkerPart(
  locale: Language,
  state: string,
  selector: string,
): Promise<HTMLElement> {
  const el = await mount(state, { locale, wrapper: page() });
  await still(el);
  const part = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  expect(part, selector).to.exist;
  return part;
}

/** The checker's states new with issue 22, and the part of each that shows it. */
const CHECKER_PARTS = [
  ['checker-call-card', '.call-card'],
  ['checker-check-answers', 'form.check'],
  ['checker-error-checklist', '.error-summary'],
] as const;

describe('visual baselines', () => {
  let style: HTMLStyleElement | undefined;
  before(async () => {
    expect(dejaVuInstalled(), 'DejaVu Sans (Debian: apt-get install fonts-dejavu-core)').to.be.true;
    style = document.createElement('style');
    style.textContent = PAGE_STYLE;
    document.head.append(style);
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'reduce' });
  });
  after(async () => {
    style?.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  // One language per page: each test's fixture is removed before the next, so the Arabic tests
  // start with no English widget left to hold the page's language.
  for (const locale of LANGUAGES) {
    describe(locale === 'en' ? 'English' : 'Arabic (right to left)', () => {
      for (const width of WIDTHS) {
        it(`guide-collapsed-${locale}-${width}`, async () => {
          await atWidth(width);
          const el = await guide(locale, 'guide-collapsed');
          await visualDiff(el, `guide-collapsed-${locale}-${width}`);
        });

        // The whole guide with every section open is 16 000–27 000 px tall (over 2 MB a PNG):
        // two sections stand for it. "muscle" has every part a cause section has (topics, lists,
        // the three advice boxes, sources); "check" is the checker's first question in the guide.
        for (const section of ['muscle', 'check']) {
          it(`guide-open-${section}-${locale}-${width}`, async () => {
            await atWidth(width);
            const el = await guide(locale, 'guide-open-all');
            await visualDiff(openSection(el, section), `guide-open-${section}-${locale}-${width}`);
          });
        }

        for (const [state, selector] of CHECKER_PARTS) {
          it(`${state}-${locale}-${width}`, async () => {
            await atWidth(width);
            const part = await checkerPart(locale, state, selector);
            await visualDiff(part, `${state}-${locale}-${width}`);
          });
        }

        for (const level of LEVELS_SHOWN) {
          it(`result-${level}-${locale}-${width}`, async () => {
            await atWidth(width);
            const card = await resultCard(locale, level);
            await visualDiff(card, `result-${level}-${locale}-${width}`);
          });
        }
      }
    });
  }
});

/**
 * Each picture of the guide (issue 19) alone, in light, dark and forced colours (Windows High
 * Contrast), at 320 and 1280 px, in English and Arabic (not mirrored): 72 small screenshots,
 * named `picture-<id>-<mode>-<language>-<width>`.
 */
describe('visual baselines: pictures', () => {
  const MODES = ['light', 'dark', 'forced'] as const;
  let style: HTMLStyleElement | undefined;
  before(() => {
    style = document.createElement('style');
    style.textContent = PAGE_STYLE;
    document.head.append(style);
  });
  after(async () => {
    style?.remove();
    await emulateForcedColors(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of MODES) {
    describe(mode, () => {
      before(async () => {
        // Through a DevTools session of its own (test/support/forced-colors-plugin.mjs), which
        // may reset the other emulated media: they are set again after it. Nothing moves either
        // way (PAGE_STYLE; still() checks).
        await emulateForcedColors(mode === 'forced');
        await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'reduce' });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(mode === 'forced');
      });
      for (const locale of LANGUAGES) {
        for (const width of [320, 1280]) {
          for (const id of PICTURE_IDS) {
            const name = `picture-${id}-${mode}-${locale}-${width}`;
            it(name, async () => {
              await atWidth(width);
              const el = await mount(`picture-${id}`, {
                locale,
                wrapper: page(),
                ...(mode === 'dark' ? { theme: 'dark' as const } : {}),
              });
              await still(el);
              await visualDiff(
                el.shadowRoot!.querySelector<HTMLElement>(`figure[data-picture="${id}"]`)!,
                name,
              );
            });
          }
        }
      }
    });
  }
});
