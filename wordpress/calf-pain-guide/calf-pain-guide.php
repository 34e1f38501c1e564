<?php
/**
 * Plugin Name:       Calf Pain Guide
 * Description:       An accessible, multilingual guide to pain at the top of the calf, with the emergency signs and the reader's emergency number always in view, and a short symptom checker. Add it with the "Calf pain guide" block or the [calf_pain_guide] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The calf-pain-guide contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       calf-pain-guide
 *
 * @package CalfPainGuide
 */

// WordPress loads this file; opened directly it does nothing.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CALF_PAIN_GUIDE_VERSION', '0.1.0' );
define( 'CALF_PAIN_GUIDE_FILE', __FILE__ );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/pre-render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'calf_pain_guide_init' );

/** Registers the script, the shortcode and the block. */
function calf_pain_guide_init() {
	calf_pain_guide_register_script();
	add_shortcode( 'calf_pain_guide', 'calf_pain_guide_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'calf_pain_guide_render_block' )
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'calf-pain-guide-guide-editor-script', 'calf-pain-guide' );
	}
}

/**
 * The [calf_pain_guide] shortcode.
 *
 * @param array|string $atts What the editor typed (a string when they typed no attribute).
 * @return string The element, with escaped attributes.
 */
function calf_pain_guide_shortcode( $atts ) {
	$settings = calf_pain_guide_settings_from_shortcode( is_array( $atts ) ? $atts : array() );
	calf_pain_guide_enqueue( isset( $settings['locale'] ) ? $settings['locale'] : '' );
	return calf_pain_guide_render( $settings );
}

/**
 * The block's server-side rendering: the same element as the shortcode, with the block's
 * class names (and any "Additional CSS class") on it.
 *
 * @param array $attributes The block's attributes, checked against block.json by WordPress.
 * @return string The element, with escaped attributes.
 */
function calf_pain_guide_render_block( $attributes ) {
	$settings = calf_pain_guide_settings_from_block( is_array( $attributes ) ? $attributes : array() );
	calf_pain_guide_enqueue( isset( $settings['locale'] ) ? $settings['locale'] : '' );
	return calf_pain_guide_render( $settings, get_block_wrapper_attributes() );
}
