/**
 * How the pictures look, and where their HTML labels go. For the element's `static styles`,
 * after sharedStyles (it mixes its colours from the `--_surface`, `--_text` and `--_error-text`
 * set there for light and dark):
 *
 *   static styles = [sharedStyles, guideStyles, pictureStyles, unsafeCSS(pictureLabelCss())];
 *
 * Public tokens `--cpg-picture-*` (documented in README.md) feed private `--_picture-*` ones,
 * like the rest of the theme. Their defaults are mixed from the theme's own surface and text
 * colours, so the pictures follow light, dark and an embedder's theme with no palette of their
 * own; the red of "where it hurts" is the theme's readable red (`--_error-text`: the emergency red
 * on light, a lighter red on dark), darkened a little towards the text colour.
 *
 * "Where it hurts" never relies on its fill colour: it is hatched and has a dashed outline in the
 * line colour (3:1 and more against the muscles, which the red hatching alone is not).
 *
 * Forced colours: every fill becomes Canvas and every line CanvasText (tubes turn hollow, the
 * clot and the narrowed part solid); a zone loses its fill and keeps its outline and its
 * hatching, in Highlight. The muscles behind the nerves (`.faint`) are one group so that
 * their hidden edges do not show through.
 *
 * Labels: absolutely placed over the drawing from pictureLabelCss()'s custom properties. When the
 * figure is narrower than 17em (a phone with enlarged text, a narrow column) they become a
 * numbered list under the drawing and numbered badges mark the ends of the leader lines; measured
 * in em so that enlarged text switches sooner. CSS comments ship (the build does not minify CSS
 * in templates), so they live here.
 */
import { css } from 'lit';

export const pictureStyles = css`
  :host {
    --_picture-fill: var(--cpg-picture-fill, color-mix(in srgb, #f2c9a6 30%, var(--_surface)));
    --_picture-muscle: var(
      --cpg-picture-muscle,
      color-mix(in srgb, #e5735f 42%, var(--_picture-fill))
    );
    --_picture-muscle-deep: color-mix(in srgb, #a8403a 45%, var(--_picture-fill));
    --_picture-tendon: color-mix(in srgb, #f2d27a 35%, var(--_picture-fill));
    --_picture-highlight: var(
      --cpg-picture-highlight,
      color-mix(in srgb, var(--_error-text) 80%, var(--_text))
    );
    --_picture-nerve: var(--cpg-picture-nerve, #ffc72c);
    --_picture-vein: var(--cpg-picture-vein, #2f7fd0);
    --_picture-artery: var(--cpg-picture-artery, #e4202f);
    --_picture-clot: #5c1010;
    --_picture-cyst: color-mix(in srgb, #5aa9e6 35%, var(--_picture-fill));
    --_picture-plaque: #ffc72c;
  }
  .picture-figure {
    margin: 0 0 1em;
    max-inline-size: 30rem;
    container: picture / inline-size;
  }
  .picture-canvas,
  .picture-drawing {
    position: relative;
  }
  svg.picture {
    display: block;
    inline-size: 100%;
    block-size: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .skin {
    fill: var(--_picture-fill);
    stroke-width: 2;
  }
  .muscle {
    fill: var(--_picture-muscle);
  }
  .soleus {
    fill: var(--_picture-muscle-deep);
  }
  .tendon {
    fill: var(--_picture-tendon);
  }
  .clot {
    fill: var(--_picture-clot);
  }
  .cyst {
    fill: var(--_picture-cyst);
  }
  .muscle,
  .soleus,
  .clot,
  .cyst,
  .tear {
    stroke-width: 1.5;
  }
  .faint {
    opacity: 0.45;
  }
  .zone {
    fill: var(--_picture-highlight);
    fill-opacity: 0.15;
    stroke-width: 1;
    stroke-dasharray: 3 2.5;
  }
  .hatch {
    stroke: var(--_picture-highlight);
    stroke-width: 1.1;
  }
  .casing {
    stroke-width: 7;
  }
  .nerve,
  .vein,
  .artery {
    stroke-width: 4.4;
  }
  .nerve {
    stroke: var(--_picture-nerve);
  }
  .vein {
    stroke: var(--_picture-vein);
  }
  .artery,
  .channel {
    stroke: var(--_picture-artery);
  }
  .plaque {
    stroke: var(--_picture-plaque);
    stroke-width: 5.6;
    stroke-linecap: butt;
  }
  .dot {
    stroke-width: 5;
  }
  .picture-labels {
    position: absolute;
    inset: 0;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .picture-labels > li {
    position: absolute;
    top: var(--_y);
    left: var(--_l);
    right: var(--_r);
    max-inline-size: var(--_w);
    text-align: var(--_a);
    translate: 0 -50%;
    margin: 0;
    padding-inline: 0.125em;
    font-size: 0.875em;
    /* No line height of its own: the reader's text spacing reaches the labels too (WCAG 1.4.12). */
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: auto;
    text-wrap: balance;
  }
  .picture-number {
    display: none;
  }
  @container picture (width < 17em) {
    .picture-labels {
      position: static;
      list-style: decimal;
      padding-inline-start: 1.75em;
      margin-block-start: 0.5em;
    }
    .picture-labels > li {
      position: static;
      translate: none;
      max-inline-size: none;
      text-align: start;
      font-weight: 400;
      padding: 0;
    }
    .picture-number {
      display: block;
      position: absolute;
      left: var(--_x);
      top: var(--_y);
      translate: -50% -50%;
      min-inline-size: 1.5em;
      padding-inline: 0.2em;
      border: 1px solid;
      border-radius: 1em;
      background: var(--_picture-fill);
      font-size: 0.75em;
      text-align: center;
      font-weight: 700;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_picture-fill: Canvas;
      --_picture-muscle: Canvas;
      --_picture-muscle-deep: Canvas;
      --_picture-tendon: Canvas;
      --_picture-highlight: Highlight;
      --_picture-nerve: Canvas;
      --_picture-vein: Canvas;
      --_picture-artery: Canvas;
      --_picture-clot: CanvasText;
      --_picture-cyst: Canvas;
      --_picture-plaque: CanvasText;
    }
    .zone {
      fill: none;
    }
    .hatch {
      stroke-width: 1.5;
    }
    .faint {
      opacity: 1;
    }
    .channel {
      stroke: Canvas;
    }
  }
`;
