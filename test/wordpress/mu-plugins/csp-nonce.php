<?php
/**
 * Plugin Name: E2E nonce-based Content Security Policy
 * Description: For the end-to-end test only. On a page asked for with ?csp-nonce, does what a
 * security plugin for a nonce-based Content Security Policy does: sends the policy, and adds the
 * nonce to every script tag at script_loader_tag, before other plugins (priority 5), and to the
 * tags WordPress builds itself (6.4 and later). Inline styles get none: WordPress offers no way.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'ABSPATH' ) || ! isset( $_GET['csp-nonce'] ) ) {
	return;
}

$GLOBALS['e2e_csp_nonce'] = base64_encode( random_bytes( 18 ) );

add_action(
	'send_headers',
	function () {
		$nonce = $GLOBALS['e2e_csp_nonce'];
		header( "Content-Security-Policy: script-src 'nonce-$nonce' 'report-sample'; style-src 'self' 'nonce-$nonce' 'report-sample'" );
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag ) {
		return str_replace( '<script ', '<script nonce="' . esc_attr( $GLOBALS['e2e_csp_nonce'] ) . '" ', $tag );
	},
	5
);

add_filter(
	'style_loader_tag',
	function ( $tag ) {
		return str_replace( '<link ', '<link nonce="' . esc_attr( $GLOBALS['e2e_csp_nonce'] ) . '" ', $tag );
	},
	5
);

foreach ( array( 'wp_script_attributes', 'wp_inline_script_attributes' ) as $e2e_csp_filter ) {
	add_filter(
		$e2e_csp_filter,
		function ( $attributes ) {
			$attributes['nonce'] = $GLOBALS['e2e_csp_nonce'];
			return $attributes;
		}
	);
}
