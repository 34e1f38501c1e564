import { css } from 'lit';

export const calfPainGuideStyles = css`
  :host {
    container-type: inline-size;
  }
  .guide {
    max-inline-size: var(--cpg-max-width, 48em);
  }
  .title {
    font-size: 1.75em;
  }
  .lede {
    font-size: 1.125em;
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.25em;
  }
  .section:last-of-type {
    border-block-end: 1px solid var(--_border);
  }
  .section-heading {
    margin: 0;
    font-size: 1.25em;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  /* Pre-rendered: a <details> drawn as the live section (heading with its button, then the
     summary line), so the upgrade moves nothing; it opens with no script. */
  summary {
    display: block;
    list-style: none;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary .summary {
    display: block;
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus);
  }
  details[open] > summary .chevron {
    transform: rotate(90deg);
  }
  .no-script {
    background: var(--_surface);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
  }
  .toggle:hover {
    text-decoration: underline;
  }
  .chevron {
    inline-size: 1.25em;
    block-size: 1.25em;
    transition: transform 0.15s ease-out;
  }
  /* The widget's own direction (set from its language), not the page's. */
  [dir='rtl'] .chevron {
    transform: scaleX(-1);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .summary {
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  .panel {
    padding-block: 0.25em 1em;
  }
  .panel h3,
  .panel h4,
  .panel h5,
  .panel h6 {
    font-size: 1.1em;
    margin-block-start: 1em;
  }
  .topic {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75em;
    margin-block: 1em;
  }
  .advice {
    border-inline-start: var(--_advice-width) solid var(--_advice-color);
    background: var(--_surface);
    padding: 0.75em 1em;
    margin-block: 0.75em;
    border-radius: var(--_radius);
  }
  .advice--emergency {
    --_advice-color: var(--_emergency);
    --_advice-width: 8px;
  }
  .advice--urgent {
    --_advice-color: var(--_urgent);
    --_advice-width: 6px;
  }
  .advice--routine {
    --_advice-color: var(--_routine);
    --_advice-width: 3px;
  }
  .advice-heading {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .advice-heading svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_advice-color);
  }
  .advice ul {
    margin-block-end: 0;
  }
  /* The box that points to the emergency card has no list under its line. */
  .card-pointer .advice-heading {
    margin-block-end: 0;
  }
  /* The emergency card, when a part's emergency box sends focus to it. */
  .card-target:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /*
   * A heading that "Read more" or show() moves focus to: a ring shows where the reader now is,
   * whether they came by keyboard or by pointer (the shared styles hide the outline of elements
   * focused by script).
   */
  :is(h1, h2, h3, h4, h5, h6)[tabindex='-1']:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--_focus);
  }
  /* Moves focus to the emergency card: reads and looks like a link in the sentence. */
  .card-link {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-align: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .start-card {
    margin-block: 0 1.5em;
    padding: 0.75em 1em;
    border: 2px solid var(--_self-care);
    border-radius: var(--_radius);
  }
  .start-card > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.25em;
    font-size: 1.25em;
  }
  .start-card p {
    margin-block: 0 0.75em;
  }
  .start-button {
    min-block-size: 44px;
    min-inline-size: 8em;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    background: var(--_self-care);
    color: #ffffff;
    box-shadow: 0 4px 0 #00401e;
  }
  /* The pre-rendered guide's Start is a link: the same box as the button that replaces it,
     whose line height is inherited (font: inherit), like the link's: a page whose text has a
     line height other than normal's (a WordPress theme's) must not see it change height. */
  a.start-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    text-decoration: none;
  }
  .start-button:focus-visible,
  .back-to-result:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
  }
  /* Stays in view at the top of the screen while the reader is in the section opened from the
     result: "Read more" lands on a cause deep inside it, far below the section's top. */
  .back-to-result {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border: 0;
    border-block-end: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Headings a "Read more" scrolls to clear the bar above. */
  .panel [id] {
    scroll-margin-block-start: 4em;
  }
  @media (forced-colors: active) {
    .start-button {
      border-color: ButtonText;
    }
  }
  @media print {
    .start-card {
      display: none;
    }
  }
  .condition-advice {
    font-weight: 700;
  }
  .sources-line {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .reviewed {
    font-size: 0.9em;
    color: var(--_muted);
    margin-block-start: 1em;
  }
  @media (forced-colors: active) {
    .advice {
      border: 1px solid CanvasText;
      border-inline-start: var(--_advice-width) solid CanvasText;
    }
    .toggle,
    .card-link {
      color: LinkText;
    }
    .card-target:focus-visible,
    :is(h1, h2, h3, h4, h5, h6)[tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .panel,
    .panel[hidden] {
      display: block !important;
    }
    .chevron,
    .check {
      display: none;
    }
    .toggle {
      color: #000000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
