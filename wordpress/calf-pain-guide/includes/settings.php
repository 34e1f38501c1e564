<?php
/**
 * Settings → Calf pain guide: the site-wide defaults (region, clinic name, phone, booking or
 * contact page) that every guide on the site uses unless its shortcode or block says otherwise.
 * Saved through the Settings API, so options.php checks the nonce and the capability.
 *
 * @package CalfPainGuide
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The settings page's slug, and the option group its form saves. */
const CALF_PAIN_GUIDE_SETTINGS_PAGE = 'calf-pain-guide';

add_action( 'admin_init', 'calf_pain_guide_register_settings' );
add_action( 'admin_menu', 'calf_pain_guide_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( CALF_PAIN_GUIDE_FILE ), 'calf_pain_guide_settings_link' );

/** The fields of the settings page: label and help, by setting name. */
function calf_pain_guide_settings_fields() {
	return array(
		'region'       => array(
			'label' => __( 'Region', 'calf-pain-guide' ),
			'type'  => 'text',
			'help'  => __( 'Your readers’ country as a two-letter code (GB, ES, US, AU…). It sets the emergency and advice numbers the guide shows. Empty: the region of the page’s language, else a sentence naming common numbers.', 'calf-pain-guide' ),
		),
		'clinic_name'  => array(
			'label' => __( 'Clinic name', 'calf-pain-guide' ),
			'type'  => 'text',
			'help'  => __( 'Shown with your phone number and link.', 'calf-pain-guide' ),
		),
		'clinic_phone' => array(
			'label' => __( 'Clinic phone', 'calf-pain-guide' ),
			'type'  => 'tel',
			'help'  => __( 'Shown with routine advice. It is offered for same-day care only where a guide says your clinic gives it (the block’s “We give same-day medical care”, or clinic_same_day in the shortcode).', 'calf-pain-guide' ),
		),
		'clinic_url'   => array(
			'label' => __( 'Booking or contact page', 'calf-pain-guide' ),
			'type'  => 'url',
			'help'  => __( 'An http:// or https:// address.', 'calf-pain-guide' ),
		),
	);
}

/** Registers the option, its sanitizer and the page's fields. */
function calf_pain_guide_register_settings() {
	register_setting(
		CALF_PAIN_GUIDE_SETTINGS_PAGE,
		CALF_PAIN_GUIDE_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'calf_pain_guide_sanitize_defaults',
			'default'           => array(),
		)
	);
	add_settings_section(
		'calf_pain_guide_defaults',
		__( 'Defaults for every guide on this site', 'calf-pain-guide' ),
		'calf_pain_guide_settings_intro',
		CALF_PAIN_GUIDE_SETTINGS_PAGE
	);
	foreach ( calf_pain_guide_settings_fields() as $name => $field ) {
		add_settings_field(
			'calf-pain-guide-' . $name,
			$field['label'],
			'calf_pain_guide_settings_field',
			CALF_PAIN_GUIDE_SETTINGS_PAGE,
			'calf_pain_guide_defaults',
			array(
				'label_for' => 'calf-pain-guide-' . $name,
				'name'      => $name,
				'type'      => $field['type'],
				'help'      => $field['help'],
			)
		);
	}
}

/**
 * Cleans the defaults before they are saved. A region that is not two letters, or an address
 * that is not http(s), keeps the value saved before, and the page says why.
 *
 * @param mixed $input What the form sent.
 * @return array<string, string>
 */
function calf_pain_guide_sanitize_defaults( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = get_option( CALF_PAIN_GUIDE_OPTION, array() );
	$previous = is_array( $previous ) ? $previous : array();
	$clean    = array();
	foreach ( CALF_PAIN_GUIDE_DEFAULT_KEYS as $name ) {
		$clean[ $name ] = isset( $input[ $name ] ) && is_scalar( $input[ $name ] )
			? sanitize_text_field( (string) $input[ $name ] )
			: '';
	}
	$clean['region'] = strtoupper( $clean['region'] );
	if ( '' !== $clean['region'] && ! preg_match( '/^[A-Z]{2}$/', $clean['region'] ) ) {
		calf_pain_guide_settings_error( 'region', __( 'The region was not changed: use a two-letter country code such as GB or ES.', 'calf-pain-guide' ) );
		$clean['region'] = calf_pain_guide_saved_text( $previous, 'region' );
	}
	if ( '' !== $clean['clinic_url'] ) {
		$url = esc_url_raw( $clean['clinic_url'], array( 'http', 'https' ) );
		if ( '' === $url ) {
			calf_pain_guide_settings_error( 'clinic_url', __( 'The booking or contact page was not changed: use an address that starts with http:// or https://.', 'calf-pain-guide' ) );
			$url = calf_pain_guide_saved_text( $previous, 'clinic_url' );
		}
		$clean['clinic_url'] = $url;
	}
	return $clean;
}

/**
 * A saved default as text: '' when it is missing or not text (an option written by other code
 * may hold anything).
 *
 * @param array  $saved The saved defaults.
 * @param string $name  The setting.
 * @return string
 */
function calf_pain_guide_saved_text( array $saved, $name ) {
	return isset( $saved[ $name ] ) && is_scalar( $saved[ $name ] ) ? (string) $saved[ $name ] : '';
}

/**
 * Reports a value that was not saved, once (WordPress sanitizes a new option twice).
 *
 * @param string $code    Which field.
 * @param string $message What to tell the user.
 */
function calf_pain_guide_settings_error( $code, $message ) {
	foreach ( get_settings_errors( CALF_PAIN_GUIDE_OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( CALF_PAIN_GUIDE_OPTION, $code, $message );
}

/** Adds Settings → Calf pain guide, for those who can manage options. */
function calf_pain_guide_add_settings_page() {
	add_options_page(
		__( 'Calf pain guide', 'calf-pain-guide' ),
		__( 'Calf pain guide', 'calf-pain-guide' ),
		'manage_options',
		CALF_PAIN_GUIDE_SETTINGS_PAGE,
		'calf_pain_guide_settings_page'
	);
}

/** Says how the defaults and each guide's own settings combine. */
function calf_pain_guide_settings_intro() {
	echo '<p>' . esc_html__( 'A guide uses these unless its block or shortcode sets its own. Add a guide with the “Calf pain guide” block, or the shortcode [calf_pain_guide] (for example [calf_pain_guide locale="es" region="ES"]).', 'calf-pain-guide' ) . '</p>';
}

/**
 * One input of the settings page.
 *
 * @param array $args The field's name, type and help, from add_settings_field.
 */
function calf_pain_guide_settings_field( $args ) {
	$defaults = get_option( CALF_PAIN_GUIDE_OPTION, array() );
	$value    = calf_pain_guide_saved_text( is_array( $defaults ) ? $defaults : array(), $args['name'] );
	printf(
		'<input class="regular-text" type="%1$s" id="%2$s" name="%3$s" value="%4$s" aria-describedby="%2$s-help"%5$s><p class="description" id="%2$s-help">%6$s</p>',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( CALF_PAIN_GUIDE_OPTION . '[' . $args['name'] . ']' ),
		'url' === $args['type'] ? esc_url( $value ) : esc_attr( $value ),
		'region' === $args['name'] ? ' maxlength="2" autocomplete="off"' : '',
		esc_html( $args['help'] )
	);
}

/** The settings page. */
function calf_pain_guide_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( CALF_PAIN_GUIDE_SETTINGS_PAGE );
	do_settings_sections( CALF_PAIN_GUIDE_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside "Deactivate" on the Plugins screen.
 *
 * @param string[] $links The plugin's links.
 * @return string[]
 */
function calf_pain_guide_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=' . CALF_PAIN_GUIDE_SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'calf-pain-guide' ) . '</a>' );
	return $links;
}
