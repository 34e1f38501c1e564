/**
 * The guide's pictures (issue 19), as a reader meets them: each drawn with its section and only
 * then, its labels real text beside what they name, its text alternative read once, the same
 * drawing in right to left, and a numbered key under it when the column is narrow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './calf-pain-guide.js';
import type { CalfPainGuide } from './calf-pain-guide.js';
import { pictureAltText, pictureLabelText, type PictureId } from '../../content/pictures-text.js';
import { pictureLabels } from './pictures.js';
import { canEmulateMedia } from '../../../test/support/engine.js';
import { emulateForcedColors } from '../../../test/support/forced-colors.js';
import { settled, shown } from '../../../test/support/dom.js';
import { ALL_OPEN } from '../../../test/support/states.js';

/** Each picture and the section it belongs to (the leg is the introduction's, "about"). */
const PICTURE_SECTIONS: [PictureId, string][] = [
  ['leg', 'about'],
  ['muscle', 'muscle'],
  ['nerves', 'nerves'],
  ['clot', 'clot'],
  ['arteries', 'arteries'],
  ['other-causes', 'other-causes'],
];

const figures = (el: CalfPainGuide) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('figure[data-picture]')].map(
    (figure) => figure.dataset['picture'],
  );

const figure = (el: CalfPainGuide, id: PictureId) =>
  el.shadowRoot!.querySelector<HTMLElement>(`figure[data-picture="${id}"]`)!;

/** The guide in a box of this width (a column of the host page), in a language. */
async function guideIn(width: number, locale: string, open: string): Promise<CalfPainGuide> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px">
      <calf-pain-guide locale=${locale} region="GB" open=${open}></calf-pain-guide>
    </div>`,
  );
  const el = box.querySelector<CalfPainGuide>('calf-pain-guide')!;
  await shown(locale);
  await settled(el);
  return el;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<calf-pain-guide> pictures', () => {
  it('draws no picture in a closed section, and a section’s picture when it opens', async () => {
    const el = await fixture<CalfPainGuide>(
      html`<calf-pain-guide locale="en" region="GB"></calf-pain-guide>`,
    );
    await settled(el);
    expect(figures(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('svg.picture').length).to.equal(0);

    el.shadowRoot!.querySelector<HTMLButtonElement>('#toggle-clot')!.click();
    await settled(el);
    expect(figures(el)).to.deep.equal(['clot']);
    expect(el.shadowRoot!.querySelector('#panel-clot figure[data-picture="clot"]')).to.exist;
  });

  it('shows the leg in the introduction and one picture at the top of each cause section', async () => {
    const el = await guideIn(1280, 'en', ALL_OPEN);
    expect(figures(el)).to.deep.equal(PICTURE_SECTIONS.map(([id]) => id));
    for (const [id, section] of PICTURE_SECTIONS) {
      const panel = el.shadowRoot!.querySelector(`#panel-${section}`)!;
      expect(panel.firstElementChild, id).to.equal(figure(el, id));
    }
  });

  it('names each part with a real text label and reads the drawing once, by its text alternative', async () => {
    const el = await guideIn(1280, 'en', ALL_OPEN);
    const words = pictureLabelText();
    for (const [id] of PICTURE_SECTIONS) {
      const shownFigure = figure(el, id);
      const drawing = shownFigure.querySelector('.picture-drawing')!;
      expect(drawing.getAttribute('role'), id).to.equal('img');
      expect(drawing.getAttribute('aria-label'), id).to.equal(pictureAltText()[id]);
      // The lines and the key's numbers are part of the image, not read on their own.
      expect(drawing.querySelector('svg')!.getAttribute('aria-hidden'), id).to.equal('true');
      expect(drawing.querySelectorAll('svg text').length, id).to.equal(0);
      const labels = [...shownFigure.querySelectorAll<HTMLElement>('.picture-labels > li')];
      expect(
        labels.map((label) => label.textContent!.trim()),
        id,
      ).to.deep.equal(pictureLabels(id).map((label) => words[label.id]));
      // The labels are outside the image, so a screen reader reads them as a list.
      expect(drawing.contains(labels[0]!), id).to.be.false;
      // The alternative is not shown, so the guide's text does not say it twice.
      expect(shownFigure.innerText, id).not.to.contain(pictureAltText()[id]);
    }
  });

  for (const locale of ['en', 'ar']) {
    for (const width of [320, 1280]) {
      it(`places every label beside the drawing, none over another (${locale}, ${width} px)`, async () => {
        const el = await guideIn(width, locale, ALL_OPEN);
        for (const [id] of PICTURE_SECTIONS) {
          const shownFigure = figure(el, id);
          const box = shownFigure.querySelector('.picture-drawing')!.getBoundingClientRect();
          const labels = [...shownFigure.querySelectorAll<HTMLElement>('.picture-labels > li')];
          const boxes = labels.map((label) => label.getBoundingClientRect());
          labels.forEach((label, i) => {
            expect(getComputedStyle(label).position, `${id} ${i}`).to.equal('absolute');
            const { left, right, top, bottom } = boxes[i]!;
            // Half a pixel of rounding either way.
            expect(left, `${id} ${label.dataset['label']}`).to.be.at.least(box.left - 0.5);
            expect(right, `${id} ${label.dataset['label']}`).to.be.at.most(box.right + 0.5);
            expect(top, `${id} ${label.dataset['label']}`).to.be.at.least(box.top - 0.5);
            expect(bottom, `${id} ${label.dataset['label']}`).to.be.at.most(box.bottom + 0.5);
            for (let j = 0; j < i; j++) {
              expect(overlap(boxes[i]!, boxes[j]!), `${id}: ${label.dataset['label']}`).to.be.false;
            }
          });
        }
      });
    }
  }

  it('is not mirrored in right to left: each label stays beside what it names', async () => {
    // The drawing is a right leg seen from behind: its inner side on the left in every language.
    const el = await guideIn(1280, 'ar', 'muscle');
    const shownFigure = figure(el, 'muscle');
    expect(getComputedStyle(shownFigure).direction).to.equal('rtl');
    const box = shownFigure.querySelector('.picture-drawing')!.getBoundingClientRect();
    const side = (label: string) => {
      const place = shownFigure
        .querySelector(`.picture-labels > [data-label="${label}"]`)!
        .getBoundingClientRect();
      return (place.left + place.right) / 2 < (box.left + box.right) / 2 ? 'left' : 'right';
    };
    expect([side('inner-side'), side('outer-side')]).to.deep.equal(['left', 'right']);
    expect(getComputedStyle(shownFigure.querySelector('svg')!).transform).to.equal('none');
  });

  it('turns the labels into a numbered key under the drawing in a narrow column', async () => {
    const el = await guideIn(240, 'en', 'about');
    const shownFigure = figure(el, 'leg');
    const drawing = shownFigure.querySelector('.picture-drawing')!.getBoundingClientRect();
    const list = shownFigure.querySelector<HTMLElement>('.picture-labels')!;
    expect(getComputedStyle(list).listStyleType).to.equal('decimal');
    expect(list.getBoundingClientRect().top).to.be.at.least(drawing.bottom - 0.5);
    const numbers = [...shownFigure.querySelectorAll<HTMLElement>('.picture-number')];
    expect(numbers.map((n) => n.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    for (const number of numbers) expect(number.getBoundingClientRect().width).to.be.above(0);
    // Wide enough, no numbers: the labels sit at the ends of the leader lines themselves.
    const wide = await guideIn(1280, 'en', 'about');
    for (const number of figure(wide, 'leg').querySelectorAll('.picture-number')) {
      expect(getComputedStyle(number).display).to.equal('none');
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with every section open, every picture drawn (${theme})`, async () => {
      const el = await fixture<CalfPainGuide>(
        html`<calf-pain-guide
          locale="en"
          region="GB"
          theme=${theme}
          open=${ALL_OPEN}
        ></calf-pain-guide>`,
      );
      await settled(el);
      expect(figures(el)).to.have.length(PICTURE_SECTIONS.length);
      await expect(el).to.be.accessible();
    });
  }

  if (canEmulateMedia) {
    describe('in forced colours', () => {
      before(() => emulateForcedColors(true));
      after(() => emulateForcedColors(false));

      it('passes axe with every section open, every picture drawn', async () => {
        const el = await guideIn(1280, 'en', ALL_OPEN);
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        expect(figures(el)).to.have.length(PICTURE_SECTIONS.length);
        await expect(el).to.be.accessible();
      });

      it('draws in the system colours, "where it hurts" still marked by its hatching and outline', async () => {
        const el = await guideIn(1280, 'en', 'muscle');
        const shownFigure = figure(el, 'muscle');
        const probe = document.createElement('span');
        shownFigure.append(probe);
        const system = (color: string) => {
          probe.style.color = color;
          return getComputedStyle(probe).color;
        };
        const style = (selector: string) => getComputedStyle(shownFigure.querySelector(selector)!);
        expect(style('.skin').fill).to.equal(system('Canvas'));
        expect(style('.skin').stroke).to.equal(system('CanvasText'));
        expect(style('.zone').fill).to.equal('none');
        expect(style('.zone').strokeDasharray).not.to.equal('none');
        expect(style('.hatch').stroke).to.equal(system('Highlight'));
        probe.remove();
      });
    });
  }
});
