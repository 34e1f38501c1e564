/**
 * "What to tell your doctor": the reader's answers as sentences for a doctor, with Copy and
 * Print. Printing uses a blank frame, so the host page is not printed with them. Text only:
 * nothing from the page or the reader is parsed as HTML.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from '../shared/heading.js';

export function doctorHeading(): string {
  return msg('What to tell your doctor', {
    id: 'checker.doctor.heading',
    desc: 'Result: heading over the reader’s answers written as sentences to show a doctor.',
  });
}

/** The summary's one piece of state, "Copied", kept for the element that shows it. */
export class DoctorSummary {
  /** True once the sentences are copied, until the next result: the button says "Copied". */
  private copied = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /**
   * The heading, the sentences and the Copy and Print buttons.
   *
   * @param lines one sentence per answer, in the order asked
   * @param locale the language shown, for the printed page
   */
  render(lines: readonly string[], headingLevel: number, locale: string): TemplateResult {
    return html`${heading(headingLevel, doctorHeading())}
      <ul class="for-doctor" id="for-doctor">
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => this.copy(lines.join('\n'))}>
          ${
            this.copied
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
        <button type="button" class="secondary" @click=${() => this.print(lines, locale)}>
          ${msg('Print', {
            id: 'checker.print',
            desc: 'Button: print the "What to tell your doctor" sentences.',
          })}
        </button>
      </div>`;
  }

  /** A new result, or a new start: "Copy" again. */
  forget(): void {
    this.copied = false;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
      this.host.requestUpdate();
    } catch {
      // Clipboard refused (permissions, insecure page): select the list so the reader can copy it.
      const list = this.host.shadowRoot?.querySelector('#for-doctor');
      const selection = getSelection();
      if (list && selection) {
        selection.selectAllChildren(list);
      }
    }
  }

  private print(lines: readonly string[], locale: string): void {
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
    doc.title = doctorHeading();
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
