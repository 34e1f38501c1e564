<?php
/**
 * The guide's script: loaded only on pages that show the guide, as an ES module with its
 * Subresource Integrity hash, from the plugin's own folder (no other server is contacted).
 *
 * The script is enqueued while the shortcode or block renders, so it also loads for a guide in
 * a widget, a reusable block or a template part, which scanning the post content would miss.
 * It is printed in the footer (a classic theme renders the content after wp_head), and the file
 * is chosen when it is printed, once every guide on the page has rendered:
 * - every guide on the page names the same language: that language's file (one language plus
 *   English, about 50 kB gzipped);
 * - otherwise (a guide follows the page's language, or two languages): the file with every
 *   language (about 120 kB gzipped), which is always right.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The handle of the guide's script. */
const CALF_PAIN_GUIDE_HANDLE = 'calf-pain-guide';

/** The script with every language. */
const CALF_PAIN_GUIDE_ALL_LANGUAGES = 'calf-pain-guide.js';

/** Registers the script (not loaded until a guide renders). */
function calf_pain_guide_register_script() {
	wp_register_script(
		CALF_PAIN_GUIDE_HANDLE,
		plugins_url( 'assets/' . CALF_PAIN_GUIDE_ALL_LANGUAGES, CALF_PAIN_GUIDE_FILE ),
		array(),
		CALF_PAIN_GUIDE_VERSION,
		true
	);
}

/**
 * Loads the script on this page, and notes the language a guide asked for.
 *
 * @param string $locale The guide's `locale` setting; '' when it follows the page.
 */
function calf_pain_guide_enqueue( $locale ) {
	$GLOBALS['calf_pain_guide_locales'][] = is_scalar( $locale ) ? (string) $locale : '';
	wp_enqueue_script( CALF_PAIN_GUIDE_HANDLE );
}

/**
 * The hashes written by the build (assets/integrity.json), by file name.
 *
 * @return array<string, string>
 */
function calf_pain_guide_integrity() {
	static $hashes = null;
	if ( null === $hashes ) {
		$path   = dirname( CALF_PAIN_GUIDE_FILE ) . '/assets/integrity.json';
		$json   = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : null;
		// Only file names with a hash: anything else in the file is no hash to print.
		$hashes = is_array( $json ) ? array_filter( $json, 'is_string' ) : array();
	}
	return $hashes;
}

/**
 * The script file for the guides rendered on this page.
 *
 * @param string[] $locales The `locale` setting of each guide on the page.
 * @param string[] $files   The scripts the plugin has.
 * @return string
 */
function calf_pain_guide_script_for( array $locales, array $files ) {
	$locales = array_values( array_unique( $locales ) );
	if ( 1 === count( $locales ) && '' !== $locales[0] ) {
		$file = 'calf-pain-guide.' . $locales[0] . '.js';
		if ( in_array( $file, $files, true ) ) {
			return $file;
		}
	}
	return CALF_PAIN_GUIDE_ALL_LANGUAGES;
}

add_filter( 'script_loader_tag', 'calf_pain_guide_script_tag', 10, 2 );

/**
 * Makes WordPress's tag for the guide's script `<script type="module" integrity crossorigin>`,
 * with the file for this page: WordPress 6.1 has no module scripts of its own. The tag is edited,
 * not written anew, so that what other plugins put on it stays: above all the `nonce` a security
 * plugin adds for a nonce-based Content Security Policy, without which the browser would refuse
 * the script.
 *
 * @param string $tag    The tag WordPress made (with any inline scripts of the handle).
 * @param string $handle The script's handle.
 * @return string
 */
function calf_pain_guide_script_tag( $tag, $handle ) {
	if ( CALF_PAIN_GUIDE_HANDLE !== $handle || ! is_string( $tag ) ) {
		return $tag;
	}
	$hashes  = calf_pain_guide_integrity();
	$locales = isset( $GLOBALS['calf_pain_guide_locales'] ) && is_array( $GLOBALS['calf_pain_guide_locales'] ) ? $GLOBALS['calf_pain_guide_locales'] : array();
	$file    = calf_pain_guide_script_for( $locales, array_keys( $hashes ) );
	$src     = add_query_arg( 'ver', CALF_PAIN_GUIDE_VERSION, plugins_url( 'assets/' . $file, CALF_PAIN_GUIDE_FILE ) );
	// A module script is fetched with CORS, so the hash is checked even from a CDN that rewrites
	// the plugin's URLs to its own host (as long as it sends Access-Control-Allow-Origin).
	$integrity = isset( $hashes[ $file ] )
		? sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $hashes[ $file ] ) )
		: '';
	$new_attributes = sprintf( ' type="module" src="%s"', esc_url( $src ) );

	// The opening tags, attribute values quoted or not (a `>` may sit inside quotes).
	$opening = '/<script\b((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>/i';
	if ( ! preg_match_all( $opening, $tag, $tags, PREG_OFFSET_CAPTURE ) ) {
		return $tag;
	}
	// The handle's own tag is the one with its id (inline scripts printed with it have other
	// ids); else the first with a src.
	$chosen = null;
	foreach ( $tags[1] as $index => $attributes ) {
		$parsed = calf_pain_guide_tag_attributes( $attributes[0] );
		if ( isset( $parsed['id'] ) && $handle . '-js' === $parsed['id']['value'] ) {
			$chosen = $index;
			break;
		}
		if ( null === $chosen && isset( $parsed['src'] ) ) {
			$chosen = $index;
		}
	}
	if ( null === $chosen ) {
		return $tag;
	}
	// Everything it had, as it was written, but what this sets.
	$kept = '';
	foreach ( calf_pain_guide_tag_attributes( $tags[1][ $chosen ][0] ) as $name => $attribute ) {
		if ( ! in_array( $name, array( 'type', 'src', 'integrity', 'crossorigin' ), true ) ) {
			$kept .= ' ' . $attribute['written'];
		}
	}
	$edited = '<script' . $new_attributes . $kept . $integrity . '>';
	return substr_replace( $tag, $edited, $tags[0][ $chosen ][1], strlen( $tags[0][ $chosen ][0] ) );
}

/**
 * The attributes of an opening tag, as HTML reads them: by lower-case name (the first of a
 * repeated name wins, as in HTML), each with its value and its text as written.
 *
 * @param string $text What stands between the tag's name and its `>`.
 * @return array<string, array{value: string, written: string}>
 */
function calf_pain_guide_tag_attributes( $text ) {
	$attributes = array();
	preg_match_all( '/([^\s"\'>\/=]+)(?:\s*=\s*("[^"]*"|\'[^\']*\'|[^\s"\'>]+))?/', $text, $matches, PREG_SET_ORDER );
	foreach ( $matches as $match ) {
		$name = strtolower( $match[1] );
		if ( isset( $attributes[ $name ] ) ) {
			continue;
		}
		$value = isset( $match[2] ) ? $match[2] : '';
		if ( '' !== $value && ( '"' === $value[0] || "'" === $value[0] ) ) {
			$value = substr( $value, 1, -1 );
		}
		$attributes[ $name ] = array(
			'value'   => html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ),
			'written' => $match[0],
		);
	}
	return $attributes;
}

add_action( 'wp_enqueue_scripts', 'calf_pain_guide_hold_space' );

/**
 * Holds a screen for the guide until its script has drawn it, so that the rest of the page
 * does not jump down when it appears (layout shift; see docs/embedding.md). The guide is taller
 * than a screen even with every section closed. Loaded in the head of a single post or page
 * whose content has the shortcode or the block; a guide elsewhere (a widget, a template part)
 * goes without, which costs a jump and nothing else.
 *
 * A stylesheet file rather than an inline `<style>`: WordPress has no way to put a
 * Content Security Policy nonce on an inline style (6.1 to 6.8), while a stylesheet needs only
 * `style-src 'self'`, and goes through `style_loader_tag`, where security plugins add theirs.
 */
function calf_pain_guide_hold_space() {
	$post = is_singular() ? get_post() : null;
	if ( ! $post || ( ! has_shortcode( $post->post_content, 'calf_pain_guide' ) && ! has_block( 'calf-pain-guide/guide', $post ) ) ) {
		return;
	}
	wp_enqueue_style(
		'calf-pain-guide-hold-space',
		plugins_url( 'css/hold-space.css', CALF_PAIN_GUIDE_FILE ),
		array(),
		CALF_PAIN_GUIDE_VERSION
	);
}
