import { aTimeout, expect } from '@open-wc/testing';

/** A blank page with nothing but the built bundle and the guide, as a clinic would embed it. */
async function blankPage(body: string): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const errors: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title>
    <script type="module" src="${new URL('/dist/calf-pain-guide.js', location.href).href}"></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  for (let i = 0; i < 200 && !win.customElements.get('calf-pain-guide'); i++) await aTimeout(10);
  await aTimeout(50);
  return { frame, errors };
}

describe('dist/calf-pain-guide.js alone in a blank page', () => {
  it('renders every part of the guide, with no error and no request beyond itself', async () => {
    const { frame, errors } = await blankPage(
      '<calf-pain-guide open="get-help about check muscle nerves clot arteries other-causes sources"></calf-pain-guide>',
    );
    const doc = frame.contentDocument!;
    const guide = doc.querySelector('calf-pain-guide')!;
    const root = guide.shadowRoot!;
    expect(root.querySelectorAll('section[data-section]').length).to.equal(9);
    expect(root.querySelector('calf-pain-checker')!.shadowRoot!.querySelector('fieldset')).to.exist;
    const banner = root.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    expect(root.querySelector('.reviewed')!.textContent).to.contain('2026');
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => e.name);
    expect(requests.map((url) => new URL(url).pathname)).to.deep.equal([
      '/dist/calf-pain-guide.js',
    ]);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows the content written inside <red-flag-banner> before (and without) the script', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><red-flag-banner><p id="own">Call 999 if your calf is cold and pale.</p></red-flag-banner></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const own = frame.contentDocument!.getElementById('own')!;
    expect(own.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentWindow!.customElements.get('red-flag-banner')).to.equal(undefined);
    frame.remove();
  });
});
