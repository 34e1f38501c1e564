import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { LANGUAGES } from '../../generated/languages.js';

/**
 * Says, in the language shown, whether a doctor who speaks it has checked the translation:
 * "not yet" until a native-speaking clinician has signed off every unit of this version
 * (locales/review/<tag>.json and XLIFF state "signed-off"), then when. Nothing in English, the
 * language the guide is written and reviewed in.
 *
 * @param readerDate writes an ISO date as the guide writes its own date line (the guide's
 *   readerDate: ISO at first paint, then the reader's way)
 */
export function translationReview(
  locale: string,
  readerDate: (isoDate: string) => string,
): TemplateResult | typeof nothing {
  const language = LANGUAGES.find((each) => each.tag === locale);
  if (!language) return nothing;
  const signedOff = language.checkedByDoctor;
  const date = signedOff ? readerDate(signedOff.date) : '';
  const text = signedOff
    ? msg(str`This translation was checked on ${date} by a doctor who speaks this language.`, {
        id: 'guide.translation.checked',
        desc: 'Under the guide, beside the date it was last reviewed: a doctor who speaks your language has checked your translation. The placeholder is a date. Say "this language" or name your language, as reads best.',
      })
    : msg('This translation has not yet been checked by a doctor who speaks this language.', {
        id: 'guide.translation.not-checked',
        desc: 'Under the guide, beside the date it was last reviewed, until a doctor who speaks your language has checked your translation. Say "this language" or name your language, as reads best. Must stay true: do not soften it.',
      });
  return html`<p class="reviewed translation-review">${text}</p>`;
}
