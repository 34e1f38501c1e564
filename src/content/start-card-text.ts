/**
 * The guide's card that leads to the checker, and the checker section's lines: what the closed
 * guide shows of the checker. Apart from checker-text.ts (which still exports it) so the bundler
 * entry holds it without the rest of the checker's text.
 */
import { msg, str } from '@lit/localize';

/** The guide's card that leads to the checker, and the checker section's summary line. */
export const startCardText = {
  heading: () =>
    msg('Check your symptoms', {
      id: 'guide.start.heading',
      desc: 'Guide, heading of the card under the emergency card that leads to the symptom checker.',
    }),
  /** @param count the most questions this reader can be asked, in the reader's digits */
  intro: (count: string) =>
    msg(str`Up to ${count} short questions, about 3 minutes. Answers stay on this device.`, {
      id: 'guide.start.intro',
      desc: 'Guide, start card under its heading. The placeholder is the number of questions (at most). Must stay true: the answers are not stored or sent.',
    }),
  button: () =>
    msg('Start', {
      id: 'guide.start.button',
      desc: 'Guide, start card button: opens the symptom checker and moves to its first question.',
    }),
  /** The one line under the checker section's title, as the other sections have. */
  sectionSummary: () =>
    msg('How soon to get help, in a few questions.', {
      id: 'guide.check.summary',
      desc: 'Guide, the line under the title of the symptom checker section, visible when it is closed.',
    }),
  backToResult: () =>
    msg('Back to your result', {
      id: 'guide.back-to-result',
      desc: 'Guide, link at the top of a section opened from the checker’s result by "Read more": goes back to the result.',
    }),
};
