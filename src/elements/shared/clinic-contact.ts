import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref } from '../../emergency-numbers.js';
import type { WidgetSettings } from './settings.js';

/**
 * "Call <clinic> on <phone>" and a link to the clinic's page, from the settings in force (phone
 * and address already checked: '' when missing or bad); nothing when there is neither.
 */
export function clinicContact({
  clinicName,
  clinicPhone: phone,
  clinicUrl: url,
}: Pick<WidgetSettings, 'clinicName' | 'clinicPhone' | 'clinicUrl'>):
  TemplateResult | typeof nothing {
  if (!phone && !url) return nothing;
  const name =
    clinicName.trim() ||
    msg('your clinic', {
      id: 'banner.clinic.default-name',
      desc: 'Used when the clinic gave a phone number or link but no name, as in "Call your clinic on …".',
    });
  // Left to right in every language: in Arabic, "020 7946 0000" would read "0000 7946 020".
  const number = html`<a class="number" dir="ltr" href=${telHref(phone)}>${phone}</a>`;
  return html`<p>
    ${
      phone
        ? msg(html`Call ${name} on ${number}.`, {
            id: 'banner.clinic.call',
            desc: 'First placeholder: the clinic’s name; second: its phone number as a link.',
          })
        : nothing
    }
    ${
      url
        ? html`<a href=${url}
            >${msg(str`Contact ${name} online`, {
              id: 'banner.clinic.link',
              desc: 'Link to the clinic’s own booking or contact page. Placeholder: the clinic’s name.',
            })}</a
          >`
        : nothing
    }
  </p>`;
}
