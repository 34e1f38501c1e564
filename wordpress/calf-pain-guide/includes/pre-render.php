<?php
/**
 * The guide pre-rendered in the page, so that `view-source` holds it, a reader sees it before
 * any script runs (and with JavaScript off), and search engines read it. No Node on the server:
 * the build rendered the guide for each language with `calf-pain-guide/ssr` into
 * assets/pre-rendered/<language>.json (scripts/wordpress-pre-render.mjs), with placeholders for
 * what a guide's settings change in its first paint: the emergency number and the theme. This
 * file chooses the template and fills them, escaped.
 *
 * What is printed must be what the live guide draws at first paint, or the page moves when the
 * script takes over. So this decides as the guide's script does (the language from `locale` or
 * the page's language, the region from `region` or the page's language, the number from
 * `emergency-number` or the region), from each value as the browser will read it. Where it
 * cannot be sure it prints nothing and the element stays script-only, as before:
 * - settings that change the guide's shape: `sections`, `open`, `hide_checker`,
 *   `hide_start_card`, a `heading_level` other than 2;
 * - a `locale` or page language that is no well-formed language tag;
 * - a plugin built without its pre-rendered files.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Settings that change the guide's shape: a guide with any of them is not pre-rendered. */
const CALF_PAIN_GUIDE_SHAPE_SETTINGS = array( 'sections', 'open', 'hide_checker', 'hide_start_card' );

/** The placeholders of a template (scripts/wordpress-pre-render.mjs PLACEHOLDERS). */
const CALF_PAIN_GUIDE_PLACEHOLDERS = array(
	'number' => '{{calf-pain-guide:number}}',
	'tel'    => '{{calf-pain-guide:tel}}',
	'theme'  => '{{calf-pain-guide:theme}}',
	'date'   => '{{calf-pain-guide:date}}',
);

/** The most digits an `emergency-number` may have (src/elements/shared/attribute-check.ts). */
const CALF_PAIN_GUIDE_EMERGENCY_MAX_DIGITS = 6;

/**
 * A file of assets/pre-rendered/, decoded, once per request; null when it is missing.
 *
 * @param string $name File name, without `.json`: `index` or a language.
 * @return array|null
 */
function calf_pain_guide_pre_rendered_file( $name ) {
	static $files = array();
	if ( ! array_key_exists( $name, $files ) ) {
		$path            = dirname( CALF_PAIN_GUIDE_FILE ) . '/assets/pre-rendered/' . $name . '.json';
		$json            = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null;
		$files[ $name ] = is_array( $json ) ? $json : null;
	}
	return $files[ $name ];
}

/**
 * Text without the whitespace JavaScript's trim() removes (Unicode spaces too), as the guide
 * trims its attributes.
 *
 * @param string $text Any text.
 * @return string
 */
function calf_pain_guide_js_trim( $text ) {
	$trimmed = preg_replace( '/^[\s\p{Z}\x{FEFF}]+|[\s\p{Z}\x{FEFF}]+$/u', '', (string) $text );
	return null === $trimmed ? (string) $text : $trimmed;
}

/**
 * A setting as the guide will read it: what calf_pain_guide_render prints in the attribute,
 * with the browser's decoding of its entities. '' when the attribute is not printed.
 *
 * @param array  $settings Settings by name.
 * @param string $name     The setting.
 * @return string
 */
function calf_pain_guide_as_read( array $settings, $name ) {
	if ( ! isset( $settings[ $name ] ) || ! is_scalar( $settings[ $name ] ) ) {
		return '';
	}
	return html_entity_decode( esc_attr( (string) $settings[ $name ] ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * The parts of a BCP 47 language tag that choosing needs, or null when it is not well formed.
 *
 * @param string $tag A tag such as `es-MX` or `zh-Hant-TW`.
 * @return array{language: string, script: string, region: string}|null
 */
function calf_pain_guide_parse_language_tag( $tag ) {
	$pattern = '/^([a-z]{2,3})(?:-[a-z]{3}){0,3}(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/i';
	if ( ! preg_match( $pattern, $tag, $match ) ) {
		return null;
	}
	return array(
		'language' => strtolower( $match[1] ),
		'script'   => isset( $match[2] ) ? ucfirst( strtolower( $match[2] ) ) : '',
		'region'   => isset( $match[3] ) ? strtoupper( $match[3] ) : '',
	);
}

/**
 * The language the guide shows for a tag, among the ones the plugin has (src/locale-choice.ts
 * chooseLocaleAmong): the same tag, Brazilian Portuguese for any Portuguese, Simplified Chinese
 * for any Chinese, the same language for a region (`es-MX` → `es`), else English. Null when the
 * tag is not well formed (the guide's own parser may read it otherwise).
 *
 * @param string   $tag     The tag, trimmed.
 * @param string[] $locales The languages, English first.
 * @return string|null
 */
function calf_pain_guide_choose_locale( $tag, array $locales ) {
	if ( '' === $tag ) {
		return $locales[0];
	}
	$parsed = calf_pain_guide_parse_language_tag( $tag );
	if ( null === $parsed ) {
		return null;
	}
	foreach ( $locales as $locale ) {
		if ( strtolower( $locale ) === strtolower( $tag ) ) {
			return $locale;
		}
	}
	if ( 'pt' === $parsed['language'] && in_array( 'pt-BR', $locales, true ) ) {
		return 'pt-BR';
	}
	if ( 'zh' === $parsed['language'] && in_array( 'zh-Hans', $locales, true ) ) {
		return 'zh-Hans';
	}
	foreach ( $locales as $locale ) {
		if ( strtolower( explode( '-', $locale )[0] ) === $parsed['language'] ) {
			return $locale;
		}
	}
	return $locales[0];
}

/**
 * The page's language: what WordPress prints in `<html lang>` (language_attributes()).
 *
 * @return string
 */
function calf_pain_guide_page_language() {
	return calf_pain_guide_js_trim( (string) get_bloginfo( 'language' ) );
}

/**
 * Whether a number is one the guide takes from `emergency-number` (attribute-check.ts
 * isServiceNumber): groups of digits with single spaces, 2 to 6 digits.
 *
 * @param string $number Trimmed.
 * @return bool
 */
function calf_pain_guide_is_service_number( $number ) {
	$digits = strlen( str_replace( ' ', '', $number ) );
	return 1 === preg_match( '/^[0-9]+(?: [0-9]+)*$/', $number ) && $digits >= 2 && $digits <= CALF_PAIN_GUIDE_EMERGENCY_MAX_DIGITS;
}

/**
 * The emergency number the guide shows for these settings (settings.ts resolveSettings), or ''
 * when it knows none.
 *
 * @param array                $settings Settings by name, over the site-wide defaults.
 * @param array<string,string> $numbers  Each region's emergency number.
 * @return string
 */
function calf_pain_guide_shown_emergency_number( array $settings, array $numbers ) {
	// The region: the setting when it is one we know, else the page language's region.
	$region = calf_pain_guide_js_trim( calf_pain_guide_as_read( $settings, 'region' ) );
	if ( ! ( preg_match( '/^[A-Za-z]{2}$/', $region ) && isset( $numbers[ strtoupper( $region ) ] ) ) ) {
		$page   = calf_pain_guide_parse_language_tag( calf_pain_guide_page_language() );
		$region = $page && preg_match( '/^[A-Z]{2}$/', $page['region'] ) ? $page['region'] : '';
	}
	$own = isset( $numbers[ strtoupper( $region ) ] ) ? (string) $numbers[ strtoupper( $region ) ] : '';
	// An `emergency-number`: the region's own, written with or without spaces, or a valid one.
	$number  = calf_pain_guide_js_trim( calf_pain_guide_as_read( $settings, 'emergency_number' ) );
	$compact = function ( $text ) {
		return preg_replace( '/[\s\p{Z}\x{FEFF}]/u', '', $text );
	};
	if ( '' !== $number && ( ( '' !== $own && $compact( $number ) === $compact( $own ) ) || calf_pain_guide_is_service_number( $number ) ) ) {
		return $number;
	}
	return $own;
}

/**
 * The `tel:` address of a number (src/emergency-numbers.ts telHref).
 *
 * @param string $number As shown.
 * @return string
 */
function calf_pain_guide_tel_href( $number ) {
	return 'tel:' . str_replace( '#', '%23', preg_replace( '/[^0-9+*#]/', '', $number ) );
}

/**
 * The date line's date as the guide's script writes it (calf-pain-guide.component.ts
 * readerDate): the way the page's language tag writes it when that tag has the language subtag
 * of the language shown, else the way the language shown does. From the build's table
 * (scripts/wordpress-pre-render.mjs dateTable); null for a tag it does not cover.
 *
 * @param array  $dates  Date by tag: each language, and each `language-REGION` that differs.
 * @param string $locale The language shown.
 * @return string|null
 */
function calf_pain_guide_shown_date( array $dates, $locale ) {
	$page             = calf_pain_guide_page_language();
	$language_of      = function ( $tag ) {
		return strtolower( explode( '-', $tag )[0] );
	};
	$page_in_language = '' !== $page && $language_of( $page ) === $language_of( $locale );
	$tag              = $page_in_language ? $page : $locale;
	foreach ( $dates as $key => $date ) {
		if ( is_string( $date ) && strtolower( (string) $key ) === strtolower( $tag ) ) {
			return $date;
		}
	}
	// A `language-REGION` tag not in the table writes dates as its language does.
	if ( preg_match( '/^([a-z]{2,3})-[a-z]{2}$/i', $tag, $match ) && isset( $dates[ strtolower( $match[1] ) ] ) && is_string( $dates[ strtolower( $match[1] ) ] ) ) {
		return $dates[ strtolower( $match[1] ) ];
	}
	return null;
}

/**
 * What goes inside the `<calf-pain-guide>` element for these settings: the guide pre-rendered
 * (a declarative shadow root), or '' when the guide is left to its script (see the top).
 *
 * @param array $settings Settings by name, over the site-wide defaults.
 * @return string
 */
function calf_pain_guide_pre_rendered( array $settings ) {
	$index = calf_pain_guide_pre_rendered_file( 'index' );
	if ( ! $index || ! isset( $index['locales'], $index['emergencyNumbers'] ) || ! is_array( $index['locales'] ) || ! is_array( $index['emergencyNumbers'] ) ) {
		return '';
	}
	$locales = array_values( array_filter( $index['locales'], 'is_string' ) );
	if ( ! $locales ) {
		return '';
	}
	$asked  = calf_pain_guide_js_trim( calf_pain_guide_as_read( $settings, 'locale' ) );
	$locale = calf_pain_guide_choose_locale( '' === $asked ? calf_pain_guide_page_language() : $asked, $locales );
	// One page shows one language (src/localization.ts): the first guide's, pre-rendered or not,
	// which every later guide on the page shows too. false: the first guide's is not known here.
	if ( isset( $GLOBALS['calf_pain_guide_page_locale'] ) ) {
		$locale = is_string( $GLOBALS['calf_pain_guide_page_locale'] ) ? $GLOBALS['calf_pain_guide_page_locale'] : null;
	} else {
		$GLOBALS['calf_pain_guide_page_locale'] = null === $locale ? false : $locale;
	}
	if ( null === $locale ) {
		return '';
	}
	foreach ( CALF_PAIN_GUIDE_SHAPE_SETTINGS as $name ) {
		if ( isset( $settings[ $name ] ) ) {
			return '';
		}
	}
	$level = calf_pain_guide_js_trim( calf_pain_guide_as_read( $settings, 'heading_level' ) );
	if ( isset( $settings['heading_level'] ) && '2' !== $level ) {
		return '';
	}
	$template = calf_pain_guide_pre_rendered_file( $locale );
	if ( ! $template || ! isset( $template['parts'] ) || ! is_array( $template['parts'] ) ) {
		return '';
	}
	$date = calf_pain_guide_shown_date( isset( $index['dates'] ) && is_array( $index['dates'] ) ? $index['dates'] : array(), $locale );
	if ( null === $date ) {
		return '';
	}
	$number = calf_pain_guide_shown_emergency_number( $settings, $index['emergencyNumbers'] );
	$theme  = calf_pain_guide_as_read( $settings, 'theme' );
	$markup = '';
	foreach ( $template['parts'] as $part ) {
		if ( is_string( $part ) ) {
			$markup .= $part;
		} elseif ( is_array( $part ) && isset( $part['number'], $part['none'] ) ) {
			$markup .= '' !== $number ? $part['number'] : $part['none'];
		}
	}
	// One pass (strtr): a value is never searched for placeholders again.
	return strtr(
		$markup,
		array(
			CALF_PAIN_GUIDE_PLACEHOLDERS['number'] => esc_html( $number ),
			CALF_PAIN_GUIDE_PLACEHOLDERS['tel']    => esc_attr( calf_pain_guide_tel_href( $number ) ),
			CALF_PAIN_GUIDE_PLACEHOLDERS['theme']  => in_array( $theme, array( 'light', 'dark', 'auto' ), true ) ? $theme : 'light',
			CALF_PAIN_GUIDE_PLACEHOLDERS['date']   => esc_html( $date ),
		)
	);
}
