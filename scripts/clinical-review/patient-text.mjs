// Renders the English guide and checker from dist/ in Chromium and writes out what a patient
// reads, in reading order (screen-reader-only text marked), for docs/clinical-review/
// patient-text.md. The checker is driven as a reader would: ticking boxes and pressing Next.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../browsers.mjs';
import { startServer } from '../static-server.mjs';

/**
 * The checker runs shown, each as the answers a reader gives (question 1 first). A one-choice
 * question none of them answers gets its "No" or "Neither" answer (pregnancy, when it hurts).
 */
export const CHECKER_RUNS = [
  { title: 'Emergency (a question-1 sign)', findings: ['breathless'] },
  {
    title: 'Emergency, fever during cancer treatment',
    findings: [
      'age-16-to-49',
      'leg-left',
      'onset-gradual',
      'fever',
      'cancer',
      'duration-under-3-days',
      'trend-same',
    ],
  },
  {
    title: 'Same day',
    findings: [
      'age-16-to-49',
      'leg-right',
      'onset-gradual',
      'swelling-one-leg',
      'duration-under-3-days',
      'trend-same',
    ],
  },
  {
    title: 'Same day, pregnant with both legs swollen',
    findings: [
      'age-16-to-49',
      'pregnancy',
      'both-legs',
      'onset-gradual',
      'swelling-both-legs',
      'duration-under-3-days',
      'trend-same',
    ],
  },
  {
    title: 'Same day, a possible torn tendon',
    findings: [
      'age-16-to-49',
      'leg-left',
      'onset-injury',
      'pop',
      'duration-under-3-days',
      'trend-same',
    ],
  },
  {
    title: 'Book an appointment',
    findings: [
      'over-50',
      'leg-right',
      'onset-gradual',
      'onset-walking',
      'smoker',
      'duration-over-2-weeks',
      'trend-same',
    ],
  },
  {
    title: 'Self-care',
    findings: [
      'age-16-to-49',
      'both-legs',
      'onset-after-exercise',
      'duration-under-3-days',
      'trend-better',
    ],
  },
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Patient text</title>
<script type="module" src="/dist/calf-pain-guide.js"></script></head><body></body></html>`;

/**
 * Page code: the text under `start` in reading order, through shadow roots and slots, one line
 * per block (headings as Markdown headings, list items as "-", form controls named).
 */
function readBlocks(start) {
  const BLOCKS = new Set([
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'P',
    'LI',
    'LEGEND',
    'LABEL',
    'BUTTON',
    'CAPTION',
    'TH',
    'TD',
    'DT',
    'DD',
    'FIGCAPTION',
    'SUMMARY',
  ]);
  const lines = [];
  const hidden = (el) =>
    el.hidden ||
    getComputedStyle(el).display === 'none' ||
    el.getAttribute('aria-hidden') === 'true';
  const children = (node) => {
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    return [...node.childNodes];
  };
  const textOf = (node, marks) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return '';
    if (node.localName === 'style' || node.localName === 'script') return '';
    const inner = children(node)
      .map((child) => textOf(child, marks))
      .join('');
    if (node.classList.contains('option-hint') && inner.trim()) return ` (${inner.trim()})`;
    if (node.classList.contains('visually-hidden') && inner.trim()) {
      marks.screenReader = true;
      return `⟨${inner.trim()}⟩ `;
    }
    return inner;
  };
  const hasBlockInside = (node) =>
    children(node).some(
      (child) =>
        child.nodeType === Node.ELEMENT_NODE &&
        (BLOCKS.has(child.tagName) || hasBlockInside(child)),
    );
  const walk = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return;
    if (node.localName === 'style' || node.localName === 'script') return;
    if (node.classList.contains('picture-figure')) {
      // A picture (issue 19): its text alternative, which only screen readers read, and its
      // labels, on one line, so both are reviewed with the section around them.
      const image = node.querySelector('[role="img"]');
      const labels = [...node.querySelectorAll('.picture-labels > li')].map((li) =>
        li.textContent.replace(/\s+/g, ' ').trim(),
      );
      lines.push(
        `[picture] ⟨${image?.getAttribute('aria-label') ?? ''}⟩ Labels: ${labels.join('; ')}.`,
      );
      return;
    }
    if (node.tagName === 'LI' && hasBlockInside(node)) {
      // A list item made of blocks (a cause with its summary): mark its first line only.
      const first = lines.length;
      for (const child of children(node)) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data.trim()) lines.push(child.data.trim());
        } else if (
          child.nodeType === Node.ELEMENT_NODE &&
          !BLOCKS.has(child.tagName) &&
          !hasBlockInside(child)
        ) {
          const text = textOf(child, {}).replace(/\s+/g, ' ').trim();
          if (text) lines.push(text);
        } else walk(child);
      }
      if (lines.length > first) lines[first] = `- ${lines[first]}`;
      return;
    }
    if (BLOCKS.has(node.tagName)) {
      const marks = {};
      const text = textOf(node, marks).replace(/\s+/g, ' ').trim();
      if (!text) return;
      const level = /^H(\d)$/.exec(node.tagName)?.[1];
      const control = node.tagName === 'LABEL' ? node.control : undefined;
      if (level) lines.push(`${'#'.repeat(Math.min(6, Number(level) + 2))} ${text}`);
      else if (node.tagName === 'LI') lines.push(`- ${text}`);
      else if (node.tagName === 'BUTTON') lines.push(`[button] ${text}`);
      else if (control?.type === 'checkbox') lines.push(`[ ] ${text}`);
      else if (control?.type === 'radio') lines.push(`( ) ${text}`);
      else lines.push(text);
      return;
    }
    for (const child of children(node)) walk(child);
  };
  walk(start);
  return lines;
}

async function drive(page, findings) {
  await page.evaluate(() => {
    document.body.innerHTML = '<calf-pain-checker region="GB"></calf-pain-checker>';
  });
  const root = 'calf-pain-checker';
  for (let step = 0; step < 16; step++) {
    const state = await page.evaluate(
      async (selector, wanted) => {
        const checker = document.querySelector(selector);
        await checker.updateComplete;
        const shadow = checker.shadowRoot;
        if (shadow.querySelector('.result')) return 'result';
        const inputs = [...shadow.querySelectorAll('input')];
        const picked = inputs.filter((input) => wanted.includes(input.value));
        const none = inputs.find((input) => input.value === 'none');
        for (const input of picked.length ? picked : none ? [none] : []) {
          if (!input.checked) input.click();
        }
        await checker.updateComplete;
        shadow.querySelector('button[type="submit"]').click();
        await checker.updateComplete;
        return 'question';
      },
      root,
      findings,
    );
    if (state === 'result') return;
  }
  throw new Error(`the checker did not reach a result for ${findings.join(' ')}`);
}

/** Markdown of every rendered state, English, region GB. */
export async function renderedPatientText() {
  const server = await startServer(new Map([['/patient-text.html', PAGE]]));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const out = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/patient-text.html`);
    await page.waitForFunction(() => customElements.get('calf-pain-guide'));
    const read = (selector) =>
      page.evaluate(
        async (selector, readBlocksSource) => {
          const el = document.querySelector(selector);
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
          // The walker is sent to the page as source text.
          return new Function(`return (${readBlocksSource})`)()(el);
        },
        selector,
        readBlocks.toString(),
      );

    await page.evaluate(() => {
      document.body.innerHTML =
        '<calf-pain-guide region="GB" open="about check muscle nerves clot arteries other-causes sources"></calf-pain-guide>';
    });
    out.push('## The guide, every section open', '', ...(await read('calf-pain-guide')), '');

    await page.evaluate(() => {
      document.body.innerHTML = '<calf-pain-checker region="GB"></calf-pain-checker>';
    });
    out.push('## The checker, question by question', '');
    // Question 1 with a sign ticked: the call card under it.
    await page.evaluate(async () => {
      const checker = document.querySelector('calf-pain-checker');
      await checker.updateComplete;
      checker.shadowRoot.querySelector('input[value="breathless"]').click();
    });
    out.push('### Question 1 with a sign ticked (the call card)', '');
    out.push(...(await read('calf-pain-checker')), '');
    await page.evaluate(async () => {
      const checker = document.querySelector('calf-pain-checker');
      checker.shadowRoot.querySelector('input[value="breathless"]').click();
      await checker.updateComplete;
    });
    // Every question in order (nothing ticked on the checklists, "No" or "Neither" where a
    // question has it, the first choice elsewhere), with the error shown when Next is pressed
    // first; then "Check your answers".
    for (let step = 0; step < 16; step++) {
      const page_ = await page.evaluate(async () => {
        const checker = document.querySelector('calf-pain-checker');
        await checker.updateComplete;
        const shadow = checker.shadowRoot;
        return shadow.querySelector('.result')
          ? 'result'
          : shadow.querySelector('form.check')
            ? 'check'
            : 'question';
      });
      if (page_ === 'result') break;
      if (page_ === 'check') {
        out.push('### Check your answers', '', ...(await read('calf-pain-checker')), '');
        await page.evaluate(async () => {
          const checker = document.querySelector('calf-pain-checker');
          checker.shadowRoot.querySelector('button[type="submit"]').click();
          await checker.updateComplete;
        });
        break;
      }
      await page.evaluate(async () => {
        const checker = document.querySelector('calf-pain-checker');
        checker.shadowRoot.querySelector('button[type="submit"]').click();
        await checker.updateComplete;
      });
      out.push(...(await read('calf-pain-checker')), '');
      await page.evaluate(async () => {
        const checker = document.querySelector('calf-pain-checker');
        const shadow = checker.shadowRoot;
        const none = shadow.querySelector('input[value="none"]');
        (none ?? shadow.querySelector('input')).click();
        await checker.updateComplete;
        shadow.querySelector('button[type="submit"]').click();
        await checker.updateComplete;
      });
    }
    for (const run of CHECKER_RUNS) {
      await drive(page, run.findings);
      out.push(
        `## Result: ${run.title}`,
        '',
        `Answers: ${run.findings.map((id) => `\`${id}\``).join(', ')}`,
        '',
        ...(await read('calf-pain-checker')),
        '',
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out.join('\n');
}
