// The "Calf pain guide" block in the editor. Plain JavaScript on WordPress's globals, so the
// plugin needs no build step. The block is dynamic: the page gets the same <calf-pain-guide>
// element as the shortcode, rendered in PHP. The editor shows a summary card rather than the
// guide itself, so the editor never loads the guide's script.
(function (wp) {
  const { registerBlockType, getBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;
  const { __, sprintf } = wp.i18n;
  const NAME = 'calf-pain-guide/guide';

  /**
   * The controls' current look (WordPress 6.7 and 6.8 warn in the console without these; 7.0
   * makes it the only one). WordPress 6.1 knows the first and ignores the second.
   */
  const CURRENT = { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true };

  /** A language's own name ("español"), from the browser: no list to keep up to date here. */
  function languageName(code) {
    try {
      return new Intl.DisplayNames([code], { type: 'language' }).of(code) || code;
    } catch {
      return code;
    }
  }

  /** The choices of an attribute that block.json limits to a list. */
  function choices(attribute, labelOf) {
    return getBlockType(NAME).attributes[attribute].enum.map((value) => ({
      value,
      label: labelOf(value),
    }));
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const set = (name) => (value) => setAttributes({ [name]: value });
    const text = (name, label, help, type) =>
      el(TextControl, {
        ...CURRENT,
        label,
        help,
        type,
        value: attributes[name],
        onChange: set(name),
      });

    const language = attributes.locale
      ? languageName(attributes.locale)
      : __('the page’s language', 'calf-pain-guide');
    const region = attributes.region || __('the site default', 'calf-pain-guide');

    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Language and region', 'calf-pain-guide') },
          el(SelectControl, {
            ...CURRENT,
            label: __('Language', 'calf-pain-guide'),
            value: attributes.locale,
            options: choices('locale', (code) =>
              code ? languageName(code) : __('The page’s language', 'calf-pain-guide'),
            ),
            onChange: set('locale'),
          }),
          text(
            'region',
            __('Region', 'calf-pain-guide'),
            __(
              'Your readers’ country as a two-letter code (GB, ES, US…). It sets the emergency number. Empty: the default from Settings → Calf pain guide.',
              'calf-pain-guide',
            ),
          ),
        ),
        el(
          PanelBody,
          { title: __('Your clinic', 'calf-pain-guide') },
          text(
            'clinicName',
            __('Clinic name', 'calf-pain-guide'),
            __('Empty: the default from Settings → Calf pain guide.', 'calf-pain-guide'),
          ),
          text('clinicPhone', __('Clinic phone', 'calf-pain-guide'), '', 'tel'),
          text(
            'clinicUrl',
            __('Booking or contact page', 'calf-pain-guide'),
            __('An http:// or https:// address.', 'calf-pain-guide'),
            'url',
          ),
          el(ToggleControl, {
            __nextHasNoMarginBottom: true,
            label: __('We give same-day medical care', 'calf-pain-guide'),
            help: __(
              'For a GP surgery or urgent care centre: your phone is then offered for same-day care too. Leave it off for a physiotherapy practice: a suspected blood clot must go to a doctor today.',
              'calf-pain-guide',
            ),
            checked: attributes.clinicSameDay,
            onChange: set('clinicSameDay'),
          }),
        ),
        el(
          PanelBody,
          { title: __('Display', 'calf-pain-guide'), initialOpen: false },
          el(ToggleControl, {
            // A toggle has one size: only the margin.
            __nextHasNoMarginBottom: true,
            label: __('Hide the symptom checker', 'calf-pain-guide'),
            checked: attributes.hideChecker,
            onChange: set('hideChecker'),
          }),
          el(ToggleControl, {
            __nextHasNoMarginBottom: true,
            label: __('Hide the "Check your symptoms" card', 'calf-pain-guide'),
            help: __(
              'The card under the emergency box that opens the symptom checker.',
              'calf-pain-guide',
            ),
            checked: attributes.hideStartCard,
            onChange: set('hideStartCard'),
          }),
          el(ToggleControl, {
            __nextHasNoMarginBottom: true,
            label: __('Add no browser history entries', 'calf-pain-guide'),
            help: __(
              'By default the browser’s Back button steps back through the checker’s questions. Turn this on if your site must not add history entries.',
              'calf-pain-guide',
            ),
            checked: attributes.history === 'off',
            onChange: (on) => setAttributes({ history: on ? 'off' : '' }),
          }),
          el(SelectControl, {
            ...CURRENT,
            label: __('Heading level', 'calf-pain-guide'),
            help: __('The level of the guide’s title in your page’s outline.', 'calf-pain-guide'),
            value: attributes.headingLevel,
            options: choices('headingLevel', (level) =>
              level ? sprintf('H%s', level) : __('Default (H2)', 'calf-pain-guide'),
            ),
            onChange: set('headingLevel'),
          }),
          el(SelectControl, {
            ...CURRENT,
            label: __('Colours', 'calf-pain-guide'),
            value: attributes.theme,
            options: [
              { value: '', label: __('Default (light)', 'calf-pain-guide') },
              { value: 'light', label: __('Light', 'calf-pain-guide') },
              { value: 'dark', label: __('Dark', 'calf-pain-guide') },
              { value: 'auto', label: __('The reader’s setting', 'calf-pain-guide') },
            ],
            onChange: set('theme'),
          }),
          text(
            'sections',
            __('Sections', 'calf-pain-guide'),
            __(
              'Ids of the sections to show, in order, separated by spaces: about check muscle nerves clot arteries other-causes sources. Empty: all.',
              'calf-pain-guide',
            ),
          ),
          text(
            'open',
            __('Sections open at first', 'calf-pain-guide'),
            __('Ids of the sections that start open, separated by spaces.', 'calf-pain-guide'),
          ),
          text(
            'emergencyNumber',
            __('Emergency number', 'calf-pain-guide'),
            __('Empty: the region’s.', 'calf-pain-guide'),
          ),
          text(
            'urgentNumber',
            __('Urgent advice number', 'calf-pain-guide'),
            __('Empty: the region’s.', 'calf-pain-guide'),
          ),
        ),
      ),
      el(
        'div',
        blockProps,
        el(Placeholder, {
          icon: 'sos',
          label: __('Calf pain guide', 'calf-pain-guide'),
          instructions: sprintf(
            /* translators: 1: a language, 2: a country code or "the site default" */
            __(
              'In %1$s, with the emergency number for %2$s. The guide shows on the published page; change it in the block’s settings.',
              'calf-pain-guide',
            ),
            language,
            region,
          ),
        }),
      ),
    );
  }

  // The block's attributes come from block.json, which PHP registered.
  registerBlockType(NAME, { edit: Edit, save: () => null });
})(window.wp);
