import { css } from 'lit';

/** NHS-style care cards. Severity shows by heading, icon and border weight as well as colour. */
export const redFlagBannerStyles = css`
  :host {
    margin-block: 0 1.5em;
  }
  .card {
    border: var(--_border-width) solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_card-background);
    color: var(--_card-text);
    --_card-background: var(--_surface);
    --_card-text: var(--_text);
  }
  .card--emergency {
    --_accent: var(--_emergency);
    --_border-width: 6px;
  }
  /*
   * Content written inside the tag takes the page's styles, its text colour too (a theme's
   * "p, li { color: #333 }" reaches it, even nested), and could vanish on the dark emergency
   * body: the card then keeps the body of the other cards, with their text colour.
   */
  .card--emergency:not(.card--own-content) {
    --_card-background: var(--_emergency-content);
    --_card-text: #ffffff;
    --_link: #ffffff;
  }
  .card--urgent {
    --_accent: var(--_urgent);
    --_border-width: 4px;
  }
  .card--routine {
    --_accent: var(--_routine);
    --_border-width: 2px;
  }
  .heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_accent);
    color: var(--_on-color);
  }
  .heading h1,
  .heading h2,
  .heading h3,
  .heading h4,
  .heading h5,
  .heading h6 {
    margin: 0;
    font-size: 1.25em;
  }
  .heading svg {
    inline-size: 1.75em;
    block-size: 1.75em;
  }
  .content {
    padding: 1em;
  }
  .content > :last-child,
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .action {
    font-weight: 700;
  }
  .number {
    font-size: 1.25em;
    font-weight: 700;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .heading {
      border-block-end: 2px solid CanvasText;
    }
  }
  @media print {
    .card,
    .card--emergency:not(.card--own-content) {
      --_card-background: #ffffff;
      --_card-text: #000000;
      --_link: #000000;
    }
    .heading {
      color: #000000;
      background: #ffffff;
      border-block-end: var(--_border-width) solid #000000;
    }
  }
`;
