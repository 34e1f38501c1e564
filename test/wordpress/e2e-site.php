<?php
/**
 * Drives the test site through WordPress's own PHP, as its admin screens would (the machine has
 * no wp-cli and no network). Used by e2e.mjs:
 *
 *   php e2e-site.php WP_DIR install              installs WordPress (admin / admin-password)
 *   php e2e-site.php WP_DIR plugin ZIP           installs the zip as "Upload Plugin" does, then
 *                                                activates it, makes the pages and a subscriber;
 *                                                prints the page ids as JSON
 *   php e2e-site.php WP_DIR theme SLUG           switches the theme
 *   php e2e-site.php WP_DIR contributor JSON     adds a Contributor, saves each page of JSON
 *                                                ({"key": "content"}) as theirs for review (so
 *                                                WordPress filters it as theirs), then publishes
 *                                                it unchanged, as a reviewer's Quick Edit does;
 *                                                prints the page ids as JSON
 *   php e2e-site.php WP_DIR uninstall            deactivates and deletes the plugin; prints
 *                                                whether its option is gone, which options went,
 *                                                and whether its files are
 *
 * @package CalfPainGuide
 */

list( , $wp_dir, $command ) = $argv;
$argument                   = isset( $argv[3] ) ? $argv[3] : '';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

/** Stops with a message when WordPress returned an error. */
function e2e_check( $result, $what ) {
	if ( is_wp_error( $result ) || false === $result || null === $result ) {
		fwrite( STDERR, "$what failed: " . ( is_wp_error( $result ) ? implode( '; ', $result->get_error_messages() ) : var_export( $result, true ) ) . "\n" );
		exit( 1 );
	}
	return $result;
}

switch ( $command ) {
	case 'install':
		e2e_check( wp_install( 'Riverside Physiotherapy', 'admin', 'admin@clinic.example', false, '', 'admin-password' ), 'wp_install' );
		echo 'WordPress ' . get_bloginfo( 'version' ) . ', PHP ' . PHP_VERSION . ', ' . $GLOBALS['wpdb']->db_server_info() . "\n";
		break;

	case 'plugin':
		wp_set_current_user( 1 );
		// The admin bar would ask an avatar service for pictures: this machine reaches no server.
		update_option( 'show_avatars', 0 );
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $argument );
		if ( true !== $result ) {
			e2e_check( is_wp_error( $result ) ? $result : $skin->get_errors(), 'Installing the zip' );
		}
		$activated = activate_plugin( 'calf-pain-guide/calf-pain-guide.php' );
		if ( null !== $activated ) {
			e2e_check( $activated, 'Activating the plugin' );
		}
		$page  = function ( $title, $content ) {
			return e2e_check(
				wp_insert_post(
					array(
						'post_type'    => 'page',
						'post_status'  => 'publish',
						'post_title'   => $title,
						'post_content' => $content,
					),
					true
				),
				"Making the page $title"
			);
		};
		$pages = array(
			'shortcode' => $page( 'Dolor en la pantorrilla', '<p>Nuestra guía:</p>' . "\n\n" . '[calf_pain_guide locale="es" region="ES" clinic_phone="910 000 000"]' ),
			'block'     => $page( 'Dolor de pantorrilla (bloque)', '<!-- wp:calf-pain-guide/guide {"locale":"es","region":"ES"} /-->' ),
			'defaults'  => $page( 'Calf pain', '<!-- wp:paragraph --><p>Our guide:</p><!-- /wp:paragraph -->' . "\n\n" . '<!-- wp:calf-pain-guide/guide {"hideChecker":true} /-->' ),
			'none'      => $page( 'Opening hours', '<!-- wp:paragraph --><p>Monday to Friday, 8 to 6.</p><!-- /wp:paragraph -->' ),
			// The block as it is added, no setting changed; and one in French for France.
			'plain'     => $page( 'Leg pain', '<!-- wp:paragraph --><p>Read this first.</p><!-- /wp:paragraph -->' . "\n\n" . '<!-- wp:calf-pain-guide/guide /-->' . "\n\n" . '<!-- wp:paragraph --><p>Call us on 020 7946 0000.</p><!-- /wp:paragraph -->' ),
			'french'    => $page( 'Douleur au mollet', '<!-- wp:calf-pain-guide/guide {"locale":"fr","region":"FR"} /-->' ),
		);
		// The block editor's first-visit guide would cover the page (WordPress 6.2 and later keep
		// the editor's preferences in the user's settings).
		update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), 'core' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		e2e_check( wp_insert_user( array( 'user_login' => 'reader', 'user_pass' => 'reader-password', 'user_email' => 'reader@clinic.example', 'role' => 'subscriber' ) ), 'Adding a subscriber' );
		echo wp_json_encode( $pages ) . "\n";
		break;

	case 'theme':
		switch_theme( $argument );
		if ( get_stylesheet() !== $argument ) {
			fwrite( STDERR, "The theme $argument is not there\n" );
			exit( 1 );
		}
		break;

	case 'contributor':
		$contributor = e2e_check( wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-password', 'user_email' => 'contributor@clinic.example', 'role' => 'contributor' ) ), 'Adding a contributor' );
		$ids         = array();
		foreach ( json_decode( $argument, true ) as $key => $content ) {
			// As the Contributor: WordPress applies its filters for users without unfiltered_html.
			wp_set_current_user( $contributor );
			$id = e2e_check(
				wp_insert_post(
					array(
						'post_type'    => 'page',
						'post_status'  => 'pending',
						'post_title'   => "From the contributor: $key",
						'post_content' => wp_slash( $content ),
					),
					true
				),
				"Saving $key as the contributor"
			);
			// The reviewer publishes it as it is.
			wp_set_current_user( 1 );
			wp_publish_post( $id );
			$ids[ $key ] = $id;
		}
		echo wp_json_encode( $ids ) . "\n";
		break;

	case 'uninstall':
		wp_set_current_user( 1 );
		$option_names = function () {
			global $wpdb;
			// Transients come and go with any request; the site's settings are the rest.
			return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name NOT LIKE '%\\_transient\\_%' ORDER BY option_name" );
		};
		$before = $option_names();
		deactivate_plugins( 'calf-pain-guide/calf-pain-guide.php' );
		e2e_check( delete_plugins( array( 'calf-pain-guide/calf-pain-guide.php' ) ), 'Deleting the plugin' );
		wp_cache_flush();
		echo wp_json_encode(
			array(
				'option'  => get_option( 'calf_pain_guide_defaults', 'gone' ),
				'removed' => array_values( array_diff( $before, $option_names() ) ),
				'files'   => file_exists( WP_PLUGIN_DIR . '/calf-pain-guide' ),
			)
		) . "\n";
		break;

	default:
		fwrite( STDERR, "Unknown command $command\n" );
		exit( 2 );
}
