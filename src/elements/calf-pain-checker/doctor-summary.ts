/**
 * "What to tell your doctor": the reader's answers as sentences for a doctor, with Copy and
 * Print. Printing uses a blank frame, so the host page is not printed with them. Text only:
 * nothing from the page or the reader is parsed as HTML.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FindingId, Level } from '../../checker/ids.js';
import { doctorExtraText } from '../../content/checker-text.js';
import type { FindingText } from '../../content/types.js';
import type { CheckerFlow } from './checker-flow.js';
import { heading } from '../shared/heading.js';

/**
 * The summary's heading: for the doctor, or, at the emergency level, for the ambulance crew who
 * will be the first to hear it.
 */
export function doctorHeading(level?: Level): string {
  return level === 'emergency'
    ? msg('What to tell the ambulance crew', {
        id: 'checker.crew.heading',
        desc: 'Emergency result: heading over the reader’s answers written as sentences to tell the ambulance crew (paramedics).',
      })
    : msg('What to tell your doctor', {
        id: 'checker.doctor.heading',
        desc: 'Result: heading over the reader’s answers written as sentences to show a doctor.',
      });
}

/**
 * "What to tell your doctor": a sentence per answer, in the order asked, with what the reader
 * does not have ("None of these" on the signs), and the advice given (its heading) last.
 */
export function doctorSummaryLines(
  flow: CheckerFlow,
  findingTexts: ReadonlyMap<FindingId, FindingText>,
  advice: string,
): string[] {
  const none: Partial<Record<string, () => string>> = {
    emergency: doctorExtraText.noEmergencySigns,
    signs: doctorExtraText.noSigns,
    risks: doctorExtraText.noRisks,
  };
  const lines = flow.screens.flatMap((screen) => {
    const answer = flow.answerFor(screen);
    const saidNone = none[screen.id];
    if (answer.none) return saidNone ? [saidNone()] : [];
    return screen.findings
      .filter((id) => answer.findings.has(id))
      .map((id) => findingTexts.get(id)?.forDoctor ?? id);
  });
  return [...lines, doctorExtraText.advice(advice)];
}

/** The summary's state, "Copied" or "press Ctrl+C", kept for the element that shows it. */
export class DoctorSummary {
  /** After Copy, until the next result: copied, or refused (the list is selected instead). */
  private copied: 'no' | 'yes' | 'refused' = 'no';

  /**
   * @param announce says a line through the element's status region, so a screen reader hears
   *   "Copied" or what to press
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly announce: (text: string) => void,
  ) {}

  /**
   * The heading, the sentences and the Copy and Print buttons.
   *
   * @param lines one sentence per answer, in the order asked
   * @param locale the language shown, for the printed page
   */
  render(
    lines: readonly string[],
    headingLevel: number,
    locale: string,
    level?: Level,
  ): TemplateResult {
    return html`${heading(headingLevel, doctorHeading(level))}
      <ul class="for-doctor" id="for-doctor">
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.copy(lines.join('\n'))}>
          ${
            this.copied === 'yes'
              ? msg('Copied', {
                  id: 'checker.copied',
                  desc: 'Button text after copying succeeded.',
                })
              : msg('Copy', {
                  id: 'checker.copy',
                  desc: 'Button: copy the "What to tell your doctor" sentences.',
                })
          }
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => this.print(lines, locale, doctorHeading(level))}
        >
          ${msg('Print', {
            id: 'checker.print',
            desc: 'Button: print the "What to tell your doctor" sentences.',
          })}
        </button>
      </div>
      ${this.copied === 'refused' ? html`<p class="copy-refused">${copyRefused()}</p>` : nothing}`;
  }

  /** A new result, or a new start: "Copy" again. */
  forget(): void {
    this.copied = 'no';
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'yes';
      this.announce(copiedStatus());
    } catch {
      // Clipboard refused (permissions, insecure page): select the list so the reader can copy it,
      // and say what to press.
      const list = this.host.shadowRoot?.querySelector('#for-doctor');
      const selection = getSelection();
      if (list && selection) {
        selection.selectAllChildren(list);
      }
      this.copied = 'refused';
      this.announce(copyRefused());
    }
    this.host.requestUpdate();
  }

  private print(lines: readonly string[], locale: string, headingText: string): void {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    Object.assign(frame.style, { position: 'fixed', inlineSize: '0', blockSize: '0', border: '0' });
    document.body.append(frame);
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    if (!doc || !win) {
      frame.remove();
      return;
    }
    doc.documentElement.lang = locale;
    doc.title = headingText;
    const title = doc.createElement('h1');
    title.textContent = doc.title;
    const list = doc.createElement('ul');
    for (const line of lines) {
      const item = doc.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    doc.body.append(title, list);
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.print();
  }
}

/** Said through the status region when the summary was copied. */
function copiedStatus(): string {
  return msg('Copied. You can paste it into a message or a note.', {
    id: 'checker.copied.status',
    desc: 'Announced to screen readers after Copy worked: the doctor summary is on the clipboard.',
  });
}

/** Shown and announced when the browser refused the clipboard: the list is selected instead. */
function copyRefused(): string {
  return msg(
    'Copying did not work. The text is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.',
    {
      id: 'checker.copy.refused',
      desc: 'Shown and announced when the browser does not allow copying. Keep the key names Ctrl+C and ⌘C (Command+C) as your keyboards write them.',
    },
  );
}
