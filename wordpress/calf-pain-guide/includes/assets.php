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
	$GLOBALS['calf_pain_guide_locales'][] = (string) $locale;
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
		$hashes = is_array( $json ) ? $json : array();
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
 * Prints the guide's script as `<script type="module" integrity crossorigin>`: WordPress 6.1
 * has no module scripts of its own, so the tag is written here.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @return string
 */
function calf_pain_guide_script_tag( $tag, $handle ) {
	if ( CALF_PAIN_GUIDE_HANDLE !== $handle ) {
		return $tag;
	}
	$hashes = calf_pain_guide_integrity();
	$locales = isset( $GLOBALS['calf_pain_guide_locales'] ) ? $GLOBALS['calf_pain_guide_locales'] : array();
	$file    = calf_pain_guide_script_for( $locales, array_keys( $hashes ) );
	$src     = add_query_arg( 'ver', CALF_PAIN_GUIDE_VERSION, plugins_url( 'assets/' . $file, CALF_PAIN_GUIDE_FILE ) );
	// A module script is fetched with CORS, so the hash is checked even from a CDN that rewrites
	// the plugin's URLs to its own host (as long as it sends Access-Control-Allow-Origin).
	$integrity = isset( $hashes[ $file ] )
		? sprintf( ' integrity="%s" crossorigin="anonymous"', esc_attr( $hashes[ $file ] ) )
		: '';
	return sprintf(
		'<script type="module" src="%s" id="%s-js"%s></script>' . "\n",
		esc_url( $src ),
		esc_attr( $handle ),
		$integrity
	);
}

add_action( 'wp_head', 'calf_pain_guide_hold_space' );

/**
 * Holds a screen for the guide until its script has drawn it, so that the rest of the page
 * does not jump down when it appears (layout shift; see docs/embedding.md). The guide is taller
 * than a screen even with every section closed. Printed in the head of a single post or page
 * whose content has the shortcode or the block; a guide elsewhere (a widget, a template part)
 * goes without, which costs a jump and nothing else. `[hidden]` is left out so that a hidden
 * guide stays hidden.
 */
function calf_pain_guide_hold_space() {
	$post = is_singular() ? get_post() : null;
	if ( ! $post || ( ! has_shortcode( $post->post_content, 'calf_pain_guide' ) && ! has_block( 'calf-pain-guide/guide', $post ) ) ) {
		return;
	}
	echo '<style id="calf-pain-guide-hold-space">calf-pain-guide:not(:defined, [hidden]) { display: block; min-block-size: 100vh; }</style>' . "\n";
}
