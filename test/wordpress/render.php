<?php
/**
 * The plugin's output for the Node and browser tests, without a WordPress site (the PHP unit
 * tests' environment: WordPress's own escaping and shortcode parser, no database). Reads a JSON
 * list of pages on stdin, each { "language": "<html lang>", "content": "post content with
 * shortcodes" } or { "language", "block": { block attributes } }, and writes the JSON list of
 * what the plugin prints for each, as one request each would.
 *
 *   echo '[{"language":"es-ES","content":"[calf_pain_guide]"}]' | php test/wordpress/render.php
 *
 * @package CalfPainGuide
 */

require __DIR__ . '/unit/bootstrap.php';

$calf_pain_guide_pages = json_decode( (string) file_get_contents( 'php://stdin' ), true );
if ( ! is_array( $calf_pain_guide_pages ) ) {
	fwrite( STDERR, "render.php: give a JSON list of pages on stdin\n" );
	exit( 1 );
}
$calf_pain_guide_printed = array();
foreach ( $calf_pain_guide_pages as $calf_pain_guide_page ) {
	// Each page is a request of its own: its language, and no guide before it.
	$GLOBALS['calf_pain_guide_test_language'] = isset( $calf_pain_guide_page['language'] ) ? $calf_pain_guide_page['language'] : 'en-US';
	$GLOBALS['calf_pain_guide_locales']       = array();
	unset( $GLOBALS['calf_pain_guide_page_locale'] );
	$calf_pain_guide_printed[] = isset( $calf_pain_guide_page['block'] )
		? calf_pain_guide_render_block( $calf_pain_guide_page['block'] )
		: do_shortcode( isset( $calf_pain_guide_page['content'] ) ? $calf_pain_guide_page['content'] : '' );
}
echo json_encode( $calf_pain_guide_printed, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
