<?php
/**
 * Loads the plugin with WordPress's real escaping, kses, shortcode parser and hooks, from
 * Debian's WordPress (WP_CORE_DIR, default /usr/share/wordpress), without a database: options
 * come from $GLOBALS['calf_pain_guide_test_options'] through WordPress's own `pre_option`
 * filter. What needs a running site (script registration, block wrappers, admin notices) is
 * replaced by the few recorders below.
 *
 * @package CalfPainGuide
 */

$calf_pain_guide_wp = rtrim( getenv( 'WP_CORE_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/';
if ( ! is_readable( $calf_pain_guide_wp . 'wp-includes/formatting.php' ) ) {
	fwrite( STDERR, "WordPress not found in $calf_pain_guide_wp: run node scripts/ensure-php.mjs, or set WP_CORE_DIR.\n" );
	exit( 1 );
}

define( 'ABSPATH', $calf_pain_guide_wp );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_PLUGIN_DIR', dirname( __DIR__, 3 ) . '/wordpress' );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
$GLOBALS['wp_plugin_paths'] = array();

// PHPUnit includes this file from inside a function: WordPress's files expect to run at the top
// level, where the variables they set are globals.
global $shortcode_tags;

// As wp-settings.php does: compat.php first (WordPress 6.8's escaping calls its helpers).
require ABSPATH . WPINC . '/compat.php';
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/http.php';
require ABSPATH . WPINC . '/class-wp-object-cache.php';
require ABSPATH . WPINC . '/cache.php';

// esc_attr reads the site's charset from the cached options.
wp_cache_init();
wp_cache_set( 'alloptions', array( 'blog_charset' => 'UTF-8' ), 'options' );

$GLOBALS['calf_pain_guide_test_options'] = array();
add_filter(
	'pre_option',
	function ( $pre, $option, $default ) {
		$options = $GLOBALS['calf_pain_guide_test_options'];
		return array_key_exists( $option, $options ) ? $options[ $option ] : $default;
	},
	10,
	3
);

/** What the plugin enqueued and registered, for the tests to read. */
$GLOBALS['calf_pain_guide_test_calls'] = array();

function calf_pain_guide_test_record( $name, $args ) {
	$GLOBALS['calf_pain_guide_test_calls'][] = array_merge( array( $name ), $args );
}

// Translations: the English text.
function __( $text ) {
	return $text;
}
function esc_html__( $text ) {
	return esc_html( $text );
}

function plugins_url( $path, $plugin ) {
	return 'https://clinic.example/wp-content/plugins/' . basename( dirname( $plugin ) ) . '/' . $path;
}
function wp_register_script( ...$args ) {
	calf_pain_guide_test_record( 'wp_register_script', $args );
}
function wp_enqueue_script( ...$args ) {
	calf_pain_guide_test_record( 'wp_enqueue_script', $args );
}
function wp_set_script_translations( ...$args ) {
}
function register_block_type( ...$args ) {
	calf_pain_guide_test_record( 'register_block_type', $args );
}
function get_block_wrapper_attributes() {
	return 'class="wp-block-calf-pain-guide-guide"';
}
// The page's language (`<html lang>`), which a guide without `locale` or `region` follows.
$GLOBALS['calf_pain_guide_test_language'] = 'en-US';
function get_bloginfo( $show = '' ) {
	return 'language' === $show ? $GLOBALS['calf_pain_guide_test_language'] : '';
}
function add_settings_error( $setting, $code, $message ) {
	$GLOBALS['calf_pain_guide_test_settings_errors'][] = compact( 'setting', 'code', 'message' );
}
function get_settings_errors( $setting ) {
	return $GLOBALS['calf_pain_guide_test_settings_errors'];
}

require WP_PLUGIN_DIR . '/calf-pain-guide/calf-pain-guide.php';
do_action( 'init' );

// Without PHPUnit (test/wordpress/render.php, for the Node and browser tests): the plugin alone.
if ( class_exists( 'PHPUnit\\Framework\\TestCase' ) ) {
	require __DIR__ . '/TestCase.php';
}
