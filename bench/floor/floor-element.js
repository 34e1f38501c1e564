// The floor: the least a Lit + @lit/localize widget can be. One element with shadow DOM, one
// style, one translated string and a runtime locale switch, built with the widget's own rollup
// plugins (Lit's production build, terser with the same options). The widget's bundles are
// compared with this plus the compressed size of their text: what is left is our code.
import { LitElement, css, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

export const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: async () => ({ templates: { title: 'Dolor en la pantorrilla' } }),
});

class FloorElement extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<h2>${msg('Pain at the top of the calf', { id: 'title' })}</h2>`;
  }
}

if (!customElements.get('floor-element')) customElements.define('floor-element', FloorElement);
