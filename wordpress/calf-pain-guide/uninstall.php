<?php
/**
 * Deleting the plugin deletes its one option (the site-wide defaults), on every site of a
 * network. Pages keep their shortcodes and blocks, which show nothing without the plugin.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $calf_pain_guide_site ) {
		switch_to_blog( $calf_pain_guide_site );
		delete_option( 'calf_pain_guide_defaults' );
		restore_current_blog();
	}
} else {
	delete_option( 'calf_pain_guide_defaults' );
}
