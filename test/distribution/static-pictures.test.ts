/**
 * The pictures (issue 19) in the pre-rendered guide (dist/static/en/index.html) with JavaScript
 * off: drawn in their sections, each label placed over its drawing by the stylesheet alone (the
 * markup holds no style attribute), as in the live guide.
 */
import { expect } from '@open-wc/testing';

const PICTURES = ['leg', 'muscle', 'nerves', 'clot', 'arteries', 'other-causes'];

/** The page in a frame that may run no script (sandbox without allow-scripts). */
async function withoutScripts(src: string, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = '600px';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('dist/static/: the pictures with JavaScript off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [360, 1000]) {
    it(`shows every picture with its labels placed over it (${width} px)`, async () => {
      const frame = await withoutScripts('/dist/static/en/index.html', width);
      const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
      expect(frame.contentWindow!.customElements.get('calf-pain-guide')).to.equal(undefined);
      const root = guide.shadowRoot!;
      const figures = [...root.querySelectorAll<HTMLElement>('figure[data-picture]')];
      expect(figures.map((figure) => figure.dataset['picture'])).to.deep.equal(PICTURES);
      for (const figure of figures) {
        const id = figure.dataset['picture'];
        const drawing = figure.querySelector('.picture-drawing')!.getBoundingClientRect();
        expect(drawing.height, id).to.be.above(100);
        const labels = [...figure.querySelectorAll<HTMLElement>('.picture-labels > li')];
        expect(labels.length, id).to.be.at.least(3);
        const tops = new Set<number>();
        for (const label of labels) {
          const name = `${id} ${label.dataset['label']}`;
          expect(getComputedStyle(label).position, name).to.equal('absolute');
          const box = label.getBoundingClientRect();
          expect(box.left, name).to.be.at.least(drawing.left - 0.5);
          expect(box.right, name).to.be.at.most(drawing.right + 0.5);
          expect(box.top, name).to.be.at.least(drawing.top - 0.5);
          expect(box.bottom, name).to.be.at.most(drawing.bottom + 0.5);
          tops.add(Math.round(box.top));
        }
        // Each in a place of its own, not all at the top corner as without the stylesheet.
        expect(tops.size, id).to.be.above(labels.length / 2);
      }
    });
  }
});
