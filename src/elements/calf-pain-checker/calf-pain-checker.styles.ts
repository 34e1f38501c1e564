import { css } from 'lit';

export const calfPainCheckerStyles = css`
  :host {
    margin-block: 0 1.5em;
  }
  .progress {
    color: var(--_muted);
    margin-block-end: 0.25em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    max-inline-size: 100%;
  }
  legend h1,
  legend h2,
  legend h3,
  legend h4,
  legend h5,
  legend h6,
  .result-heading {
    font-size: 1.5em;
  }
  .result :is(h2, h3, h4, h5, h6):not(.result-heading) {
    font-size: 1.25em;
    margin-block-start: 1em;
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    color: var(--_error-text);
    font-weight: 700;
    border-inline-start: 4px solid var(--_emergency);
    padding-inline-start: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-block: 0.75em 1em;
  }
  /* The whole card is the target (the label wraps the control): at least 44px high. */
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 44px;
    box-sizing: border-box;
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  /* Checked: a thicker border and bold text as well as the tick, not colour alone. */
  .option.checked {
    border-color: var(--_link);
    box-shadow: inset 0 0 0 2px var(--_link);
  }
  .option.checked .option-text {
    font-weight: 700;
  }
  .option.checked .option-hint {
    font-weight: 400;
  }
  /* Sized from the widget's own font, never below 24px (a host font of 12px gave 20px). */
  .option input {
    flex: none;
    font-size: inherit;
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_link);
  }
  .option-text {
    flex: 1;
    align-self: center;
  }
  .group {
    display: grid;
    gap: 0.5em;
  }
  .group-heading {
    margin: 0.5em 0 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .error-summary {
    border: 4px solid var(--_emergency);
    padding: 0.75em 1em;
    margin-block: 0.5em 1em;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .error-summary-title {
    margin: 0 0 0.5em;
    font-weight: 700;
    font-size: 1.2em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error-text);
    font-weight: 700;
  }
  .call-card {
    border: 3px solid var(--_emergency);
    border-radius: var(--_radius);
    padding: 0 1em 1em;
  }
  .call-card-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-inline: -1em;
    padding: 0.5em 1em;
    background: var(--_emergency);
    color: #ffffff;
  }
  .call-card-heading > * {
    margin: 0;
    font-size: 1.25em;
  }
  .call-card-heading svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: currentColor;
  }
  /* Call links are full-width buttons: one tap on a phone. */
  .call-button {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 48px;
    margin-block: 0.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    /* The buttons' green: white text reads on it in both themes. */
    background: var(--_self-care);
    color: #ffffff;
    font-weight: 700;
    font-size: 1.15em;
    text-align: center;
    text-decoration: none;
  }
  .call-button.emergency {
    background: var(--_emergency);
  }
  .call-button:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .lead {
    margin-block: 0.5em 1.5em;
  }
  .lead--emergency,
  .lead--urgent {
    border-inline-start: 6px solid var(--_emergency);
    padding-inline-start: 1em;
  }
  .lead--urgent {
    border-inline-start-color: var(--_urgent);
  }
  .strong,
  .route {
    font-weight: 700;
  }
  .fold {
    margin-block: 1em;
  }
  .fold > summary {
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.5em;
    color: var(--_link);
    font-weight: 700;
    font-size: 1.1em;
    cursor: pointer;
  }
  .fold > summary:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
  }
  .answers {
    margin: 0 0 1em;
  }
  .answer-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  .answer-row dt {
    grid-column: 1 / -1;
    font-weight: 700;
  }
  .answer-row dd {
    margin: 0;
  }
  .answer-row ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .result-links {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
  }
  .copy-refused {
    font-weight: 700;
  }
  .option-hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .result a:not(.call-button) {
    display: inline-block;
    min-block-size: 24px;
    line-height: 24px;
  }
  .back-link {
    margin-block: 0 0.5em;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .or {
    margin: 0;
    font-weight: 700;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  button {
    min-block-size: 44px;
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
  button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
    box-shadow: none;
  }
  /* Text-like buttons and links are still at least 24px tall targets. */
  button.link {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    color: var(--_link);
    text-decoration: underline;
    font-weight: 400;
  }
  button:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .self-care {
    border: 2px solid var(--_self-care);
    border-radius: var(--_radius);
    margin-block: 0 1.5em;
  }
  .self-care-heading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em 1em;
    background: var(--_self-care);
    color: #ffffff;
  }
  .self-care-heading > * {
    margin: 0;
    font-size: 1.25em;
  }
  .self-care-heading svg {
    inline-size: 1.75em;
    block-size: 1.75em;
  }
  .self-care-content {
    padding: 1em;
  }
  .causes {
    padding-inline-start: 1.5em;
  }
  .causes li {
    margin-block-end: 1em;
  }
  .cause-name {
    font-weight: 700;
  }
  .for-doctor {
    background: var(--_surface);
    padding-block: 1em;
    padding-inline: 2.25em 1em;
    border-radius: var(--_radius);
  }
  .not-diagnosis {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .option {
      border-color: CanvasText;
    }
    .option.checked {
      border-width: 4px;
    }
    .call-button {
      border: 2px solid ButtonText;
    }
    .self-care {
      border-color: CanvasText;
    }
    /* Its green background is gone: a rule keeps the heading apart from the text. */
    .self-care-heading {
      border-block-end: 2px solid CanvasText;
    }
  }
  @media print {
    .buttons,
    .progress {
      display: none;
    }
  }
`;
