<?php
/**
 * From the shortcode's or the block's settings to one `<calf-pain-guide>` element.
 *
 * Everything an editor types ends up in an HTML attribute, so every value is escaped here, on
 * output, whatever was checked before. PHP decides only what HTML itself decides: whether a
 * boolean attribute is present, and whether an address is an http(s) link. The element stays the
 * one judge of languages, regions, heading levels, section ids and themes: a value it does not
 * know is still passed on (escaped), and the element falls back to its default with one
 * console.warn naming the attribute, as it does on any other page.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option that holds the site-wide defaults (Settings → Calf pain guide). */
const CALF_PAIN_GUIDE_OPTION = 'calf_pain_guide_defaults';

/**
 * The settings the shortcode and the block take, by their shortcode name, with the element's
 * attribute each one becomes. In this order on the element. Only these reach the page.
 *
 * @return array<string, string>
 */
function calf_pain_guide_attribute_names() {
	return array(
		'locale'           => 'locale',
		'region'           => 'region',
		'heading_level'    => 'heading-level',
		'sections'         => 'sections',
		'open'             => 'open',
		'clinic_name'      => 'clinic-name',
		'clinic_phone'     => 'clinic-phone',
		'clinic_url'       => 'clinic-url',
		'clinic_same_day'  => 'clinic-same-day',
		'emergency_number' => 'emergency-number',
		'urgent_number'    => 'urgent-number',
		'hide_checker'     => 'hide-checker',
		'hide_start_card'  => 'hide-start-card',
		'history'          => 'history',
		'theme'            => 'theme',
	);
}

/**
 * The block's attributes as block.json declares them, and the setting each one is. The block
 * maps these and nothing else: WordPress checks the attributes a block declares, but passes any
 * other key of the block's comment (`"emergency_number":"…"`, typed by hand in the code editor)
 * to the render callback unchecked, and the editor's sidebar would not show it to a reviewer.
 */
const CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES = array(
	'locale'          => 'locale',
	'region'          => 'region',
	'headingLevel'    => 'heading_level',
	'sections'        => 'sections',
	'open'            => 'open',
	'clinicName'      => 'clinic_name',
	'clinicPhone'     => 'clinic_phone',
	'clinicUrl'       => 'clinic_url',
	'clinicSameDay'   => 'clinic_same_day',
	'emergencyNumber' => 'emergency_number',
	'urgentNumber'    => 'urgent_number',
	'hideChecker'     => 'hide_checker',
	'hideStartCard'   => 'hide_start_card',
	'history'         => 'history',
	'theme'           => 'theme',
);

/** Settings that are boolean attributes: present or absent, never `="false"`. */
const CALF_PAIN_GUIDE_BOOLEANS = array( 'hide_checker', 'hide_start_card', 'clinic_same_day' );

/** Settings that are addresses: http or https only, else dropped. */
const CALF_PAIN_GUIDE_URLS = array( 'clinic_url' );

/** The settings the site-wide defaults page offers. */
const CALF_PAIN_GUIDE_DEFAULT_KEYS = array( 'region', 'clinic_name', 'clinic_phone', 'clinic_url' );

/**
 * Whether a boolean setting is on: true, 1, "1", "true", "yes", "on" (any case). Anything else,
 * including "0", "false", "no" and typing mistakes, is off: the guide shows everything then.
 *
 * @param mixed $value The value typed or saved.
 * @return bool
 */
function calf_pain_guide_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && filter_var( trim( (string) $value ), FILTER_VALIDATE_BOOLEAN );
}

/**
 * The shortcode's attributes as settings. Names are matched without case, and the element's own
 * hyphenated names work too (`clinic-phone` as `clinic_phone`). A boolean setting written
 * alone, as in `[calf_pain_guide hide_checker]`, is on, as in HTML. Unknown names are dropped.
 *
 * @param array $atts The attributes WordPress parsed from the shortcode.
 * @return array<string, string|bool> Only the settings given, not empty.
 */
function calf_pain_guide_settings_from_shortcode( array $atts ) {
	$names = calf_pain_guide_attribute_names();
	$typed = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A word with no `=`: WordPress lists it under a number.
			if ( ! is_scalar( $value ) ) {
				continue;
			}
			$name = str_replace( '-', '_', strtolower( trim( (string) $value ) ) );
			if ( in_array( $name, CALF_PAIN_GUIDE_BOOLEANS, true ) ) {
				$typed[ $name ] = true;
			}
			continue;
		}
		$name = str_replace( '-', '_', strtolower( $key ) );
		if ( isset( $names[ $name ] ) && is_scalar( $value ) ) {
			$typed[ $name ] = $value;
		}
	}
	// shortcode_atts drops what is not ours and runs the shortcode_atts_calf_pain_guide filter.
	$atts = shortcode_atts( array_fill_keys( array_keys( $names ), '' ), $typed, 'calf_pain_guide' );
	return calf_pain_guide_given( $atts );
}

/**
 * The block's attributes as settings, through CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES: exactly the
 * keys block.json declares, in their case; any other key is dropped.
 *
 * @param array $attributes The block's attributes.
 * @return array<string, string|bool> Only the settings given, not empty.
 */
function calf_pain_guide_settings_from_block( array $attributes ) {
	$settings = array();
	foreach ( CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES as $key => $name ) {
		if ( array_key_exists( $key, $attributes ) ) {
			$settings[ $name ] = $attributes[ $key ];
		}
	}
	return calf_pain_guide_given( $settings );
}

/**
 * Keeps the settings that say something: strings are trimmed, without control characters, and
 * empty ones dropped (so the site-wide default applies); boolean settings become true or are
 * dropped.
 *
 * @param array $settings Settings by name.
 * @return array<string, string|bool>
 */
function calf_pain_guide_given( array $settings ) {
	$given = array();
	foreach ( $settings as $name => $value ) {
		if ( in_array( $name, CALF_PAIN_GUIDE_BOOLEANS, true ) ) {
			if ( calf_pain_guide_is_on( $value ) ) {
				$given[ $name ] = true;
			}
		} elseif ( is_scalar( $value ) && ! is_bool( $value ) ) {
			// Control characters (NUL, escape…) are never part of a name, number or address.
			$text = trim( preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', (string) $value ) );
			if ( '' !== $text ) {
				$given[ $name ] = $text;
			}
		}
	}
	return $given;
}

/**
 * The site-wide defaults saved on the settings page, as settings.
 *
 * @return array<string, string>
 */
function calf_pain_guide_defaults() {
	$saved = get_option( CALF_PAIN_GUIDE_OPTION, array() );
	if ( ! is_array( $saved ) ) {
		return array();
	}
	return calf_pain_guide_given( array_intersect_key( $saved, array_flip( CALF_PAIN_GUIDE_DEFAULT_KEYS ) ) );
}

/**
 * The `<calf-pain-guide>` element for these settings, over the site-wide defaults, with the
 * guide pre-rendered inside when it can be (includes/pre-render.php).
 *
 * @param array  $settings          Settings by shortcode name (see calf_pain_guide_given).
 * @param string $wrapper_attributes Attributes WordPress made for a block (already escaped).
 * @return string
 */
function calf_pain_guide_render( array $settings, $wrapper_attributes = '' ) {
	$settings   = array_merge( calf_pain_guide_defaults(), $settings );
	$attributes = '' === $wrapper_attributes ? '' : ' ' . trim( $wrapper_attributes );
	foreach ( calf_pain_guide_attribute_names() as $name => $attribute ) {
		if ( ! isset( $settings[ $name ] ) ) {
			continue;
		}
		$value = $settings[ $name ];
		if ( in_array( $name, CALF_PAIN_GUIDE_BOOLEANS, true ) ) {
			$attributes .= true === $value ? ' ' . $attribute : '';
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			// Only calf_pain_guide_given's strings reach here from the plugin; a caller's array
			// or object is no attribute value.
			continue;
		}
		$escaped = in_array( $name, CALF_PAIN_GUIDE_URLS, true )
			? esc_url( (string) $value, array( 'http', 'https' ) )
			: esc_attr( (string) $value );
		// esc_url empties a javascript: address; esc_attr empties text that is not valid UTF-8.
		if ( '' !== $escaped ) {
			$attributes .= ' ' . $attribute . '="' . $escaped . '"';
		}
	}
	// The guide pre-rendered inside (includes/pre-render.php), marked so that the space held for
	// a guide still to be drawn (css/hold-space.css) is not held around it.
	$pre_rendered = calf_pain_guide_pre_rendered( $settings );
	if ( '' !== $pre_rendered ) {
		$attributes .= ' data-pre-rendered';
	}
	return '<calf-pain-guide' . $attributes . '>' . $pre_rendered . '</calf-pain-guide>';
}
