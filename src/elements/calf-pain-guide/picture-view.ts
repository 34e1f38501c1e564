/**
 * A picture as the guide shows it: the drawing, its labels as real HTML text placed over it by
 * the stylesheet (pictures.styles.ts and `pictureLabelCss()`), and its text alternative.
 *
 * What a screen reader meets: the drawing is one image named by its text alternative
 * (`role="img"` + `aria-label`; the SVG and the key's numbers inside it are hidden), then the
 * labels as a list. The alternative describes the picture and the list names its parts, so
 * nothing is read twice (a figcaption would be read as the figure's name and again as its
 * text). The alternative is not shown: the labels and the sections' text say the same for
 * sighted readers.
 *
 * No style attribute, no id, no url(): the same markup serves the live guide and the
 * pre-rendered one (dist/static/), which a strict CSP may style only through its stylesheets.
 */
import { html, type TemplateResult } from 'lit';
import { pictureAltText, pictureLabelText } from '../../content/pictures-text.js';
import { PICTURE_FUNCTIONS, pictureLabels, type PictureId } from './pictures.js';

export function pictureView(id: PictureId): TemplateResult {
  const labels = pictureLabels(id);
  const text = pictureLabelText();
  return html`<figure class="picture-figure" part="picture" data-picture=${id}>
    <div class="picture-canvas">
      <div class="picture-drawing" role="img" aria-label=${pictureAltText()[id]}>
        ${PICTURE_FUNCTIONS[id]()}
        ${labels.map(
          (label, index) =>
            html`<span class="picture-number" data-label=${label.id} aria-hidden="true"
              >${index + 1}</span
            >`,
        )}
      </div>
      <ol class="picture-labels">
        ${labels.map((label) => html`<li data-label=${label.id}>${text[label.id]}</li>`)}
      </ol>
    </div>
  </figure>`;
}
