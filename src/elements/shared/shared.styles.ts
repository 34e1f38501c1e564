import { css } from 'lit';

/**
 * What every element shares: the colour tokens (light, dark, forced colours), the reset of
 * inherited text properties a host theme may have set, focus and reduced motion.
 * Public tokens are `--cpg-*`; `--_*` are private and derived from them.
 */
/** The dark palette: for theme="dark", and for theme="auto" when the reader's system is dark. */
const darkPalette = css`
  --_text: var(--cpg-text-color, #f0f4f5);
  --_muted: var(--cpg-secondary-text-color, #c5d0d6);
  --_background: var(--cpg-background, #1c2125);
  --_surface: var(--cpg-surface-color, #2b3236);
  --_border: var(--cpg-border-color, #768692);
  --_link: var(--cpg-link-color, #8cc8ff);
  --_emergency-content: var(--cpg-emergency-content-color, #000000);
  --_error-text: #ff8a80;
  --_urgent: var(--cpg-urgent-color, #e4493c);
  --_routine: var(--cpg-non-urgent-color, #2f7fd0);
  --_self-care: var(--cpg-self-care-color, #00703c);
`;

export const sharedStyles = css`
  :host {
    /*
     * The host's font family and size are respected. The properties a theme may force on every
     * element ("* { … !important }") are reset with !important: between a page and a shadow tree,
     * the shadow tree's important declarations win, so the page cannot make the guide unreadable.
     * Spacing is reset without !important: what the page's body inherits stays out, but a rule
     * that names the element itself gets in, as a reader's spacing tool does ("* { line-height:
     * 1.5 !important; letter-spacing: 0.12em !important … }", WCAG 1.4.12 Text Spacing).
     */
    display: block !important;
    box-sizing: border-box !important;
    max-inline-size: 100%;
    font-family: var(--cpg-font-family, inherit);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    font-style: normal !important;
    transition: none !important;
    animation: none !important;
    overflow-wrap: break-word;
    --_text: var(--cpg-text-color, #212b32);
    --_muted: var(--cpg-secondary-text-color, #4c6272);
    --_background: var(--cpg-background, transparent);
    --_surface: var(--cpg-surface-color, #f0f4f5);
    --_border: var(--cpg-border-color, #aeb7bd);
    --_link: var(--cpg-link-color, #005eb8);
    --_focus: var(--cpg-focus-color, #ffeb3b);
    --_focus-text: var(--cpg-focus-text-color, #212b32);
    --_emergency: var(--cpg-emergency-color, #d5281b);
    --_emergency-content: var(--cpg-emergency-content-color, #212b32);
    /* Red text (the checker's error message): the emergency red itself reads on white only. */
    --_error-text: var(--_emergency);
    --_urgent: var(--cpg-urgent-color, #d5281b);
    --_routine: var(--cpg-non-urgent-color, #005eb8);
    --_self-care: var(--cpg-self-care-color, #007f3b);
    --_on-color: #ffffff;
    --_radius: var(--cpg-radius, 4px);
    color: var(--_text);
    background: var(--_background);
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * Line height follows the host's (1lh here is the parent's line height), so a reader's larger
   * spacing reaches every line, headings too; never under 1.5 times the text's own size, and
   * never over 2.5 times, however far a theme's rule on every element pushes it.
   */
  * {
    line-height: clamp(1.5em, 1lh, 2.5em);
  }
  /*
   * A widget drawn inside another takes the spacing its parent took (this tree's rules win), and
   * so do buttons (browsers give them normal spacing of their own).
   */
  calf-pain-checker,
  red-flag-banner,
  button {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: 700;
    margin-block: 0 0.5em;
  }
  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li {
    margin-block-end: 0.25em;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible + label {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  svg {
    flex: none;
    fill: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
