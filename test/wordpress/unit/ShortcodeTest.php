<?php
/**
 * [calf_pain_guide]: what an editor types, through WordPress's own shortcode parser, becomes one
 * <calf-pain-guide> element whose attributes say exactly what was typed and nothing more.
 *
 * @package CalfPainGuide
 */

final class ShortcodeTest extends Calf_Pain_Guide_TestCase {

	public function test_underscored_names_become_the_elements_attributes(): void {
		$this->assertSame(
			'<calf-pain-guide locale="es" region="ES" clinic-phone="910 000 000" hide-checker></calf-pain-guide>',
			$this->html( '[calf_pain_guide locale="es" region="ES" clinic_phone="910 000 000" hide_checker="1"]' )
		);
		$this->assertSame(
			array(
				'locale'           => 'pt-BR',
				'region'           => 'BR',
				'heading-level'    => '3',
				'sections'         => 'check clot',
				'open'             => 'check',
				'clinic-name'      => 'Clínica Central',
				'clinic-phone'     => '+55 11 0000-0000',
				'clinic-url'       => 'https://clinica.example/agendar',
				'emergency-number' => '192',
				'urgent-number'    => '136',
				'theme'            => 'dark',
			),
			$this->shortcode( '[calf_pain_guide theme="dark" urgent_number="136" emergency_number="192" clinic_url="https://clinica.example/agendar" clinic_phone="+55 11 0000-0000" clinic_name="Clínica Central" open="check" sections="check clot" heading_level="3" region="BR" locale="pt-BR"]' ),
			'every setting, in the documented order whatever the order typed'
		);
	}

	public function test_the_elements_own_hyphenated_names_and_any_case_work_too(): void {
		$this->assertSame(
			array(
				'region'       => 'ES',
				'clinic-phone' => '910',
				'hide-checker' => '',
			),
			$this->shortcode( '[calf_pain_guide REGION="ES" clinic-phone="910" Hide-Checker="yes"]' )
		);
	}

	public function test_with_nothing_typed_the_element_has_no_attribute(): void {
		$this->assertSame( '<calf-pain-guide></calf-pain-guide>', $this->html( '[calf_pain_guide]' ) );
	}

	public function test_unknown_attributes_are_dropped(): void {
		$this->assertSame(
			array( 'region' => 'GB' ),
			$this->shortcode( '[calf_pain_guide region="GB" onclick="alert(1)" onmouseover=alert(1) style="display:none" class="x" id="y" slot="z" lang="fr" data-x="1" src="https://evil.example/x.js"]' )
		);
	}

	/** Quotes and markup an editor could type in a value: the value stays a value. */
	public function hostile_shortcodes(): array {
		return array(
			'closing the quote, then a script' => array( '[calf_pain_guide clinic_name=\'"><script>alert(1)</script>\']', '"><script>alert(1)</script>' ),
			'a new attribute in single quotes'  => array( '[calf_pain_guide clinic_name="\' onmouseover=\'alert(1)"]', "' onmouseover='alert(1)" ),
			'an image with onerror'             => array( '[calf_pain_guide clinic_name="<img src=x onerror=alert(1)>"]', '<img src=x onerror=alert(1)>' ),
			'a closing tag'                     => array( '[calf_pain_guide clinic_name="</calf-pain-guide><script>alert(1)</script>"]', '</calf-pain-guide><script>alert(1)</script>' ),
			'a backtick'                        => array( '[calf_pain_guide clinic_name="`onmouseover=alert(1)"]', '`onmouseover=alert(1)' ),
			'an ampersand'                      => array( '[calf_pain_guide clinic_name="Smith & Sons"]', 'Smith & Sons' ),
			// The visual editor saves & as &amp;: it must not show as "&amp;amp;".
			'an ampersand, as saved by the editor' => array( '[calf_pain_guide clinic_name="Smith &amp; Sons"]', 'Smith & Sons' ),
		);
	}

	/** @dataProvider hostile_shortcodes */
	public function test_quotes_and_markup_stay_text( string $shortcode, string $shown ): void {
		$this->assertSame( array( 'clinic-name' => $shown ), $this->shortcode( $shortcode ) );
	}

	/** Any string at all (the block sends whatever the editor's field holds). */
	public function hostile_values(): array {
		return array(
			'double quote'       => array( '"' ),
			'quote and script'   => array( '"><script>alert(document.cookie)</script><x y="' ),
			'single quotes'      => array( "' autofocus onfocus='alert(1)" ),
			'entity-encoded'     => array( '&quot; onmouseover=&quot;alert(1)' ),
			'newlines and tabs'  => array( "Riverside\n\t\"Physio\"\r\n" ),
			'unicode'            => array( 'Clínica São José · 诊所 · عيادة · 🦵' ),
			'very long'          => array( str_repeat( 'Riverside "Physio" <b>&</b> ', 4000 ) ),
		);
	}

	/** @dataProvider hostile_values */
	public function test_every_value_is_escaped( string $value ): void {
		$attributes = $this->rendered(
			array(
				'clinic_name'  => $value,
				'clinic_phone' => $value,
				'region'       => $value,
			)
		);
		$this->assertSame( array( 'region', 'clinic-name', 'clinic-phone' ), array_keys( $attributes ) );
		// What the reader sees is what was typed (entities the editor saved read as characters).
		$typed = trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		foreach ( $attributes as $name => $shown ) {
			$this->assertSame( $typed, $shown, "$name keeps the text" );
		}
	}

	public function test_control_characters_are_removed(): void {
		$this->assertSame(
			array( 'clinic-name' => 'Clinic name' ),
			$this->rendered( array( 'clinic_name' => "Clinic\0\x07\x1b\x7f name" ) )
		);
		$this->assertSame( array(), $this->rendered( array( 'region' => "\0\0" ) ) );
	}

	public function test_unicode_is_kept_as_it_is(): void {
		$this->assertSame(
			'<calf-pain-guide clinic-name="Clínica São José · 诊所 · عيادة · 🦵"></calf-pain-guide>',
			$this->html( '[calf_pain_guide clinic_name="Clínica São José · 诊所 · عيادة · 🦵"]' )
		);
	}

	public function test_text_that_is_not_utf8_is_dropped(): void {
		$this->assertSame(
			array( 'region' => 'ES' ),
			$this->rendered(
				array(
					'clinic_name' => "Cl\xC3\x28nica",
					'region'      => 'ES',
				)
			)
		);
	}

	/** Addresses that must never become a link that runs script or leaves the web. */
	public function bad_links(): array {
		return array(
			'javascript'           => array( 'javascript:alert(1)' ),
			'mixed case'           => array( 'JaVaScRiPt:alert(document.domain)' ),
			'with a tab inside'    => array( "java\tscript:alert(1)" ),
			'with a newline inside' => array( "java\nscript:alert(1)" ),
			'percent-encoded colon' => array( 'javascript%3Aalert(1)' ),
			'leading spaces'       => array( '   javascript:alert(1)' ),
			'entity-encoded colon' => array( 'javascript&#58;alert(1)' ),
			'entity-encoded j'     => array( '&#106;avascript:alert(1)' ),
			'data'                 => array( 'data:text/html,<script>alert(1)</script>' ),
			'vbscript'             => array( 'vbscript:msgbox(1)' ),
			'a phone link'         => array( 'tel:999' ),
		);
	}

	/** @dataProvider bad_links */
	public function test_a_booking_link_that_is_not_http_is_dropped( string $url ): void {
		$attributes = $this->rendered( array( 'clinic_url' => $url, 'region' => 'GB' ) );
		// WordPress drops the address, or reads it as the name of a web server
		// ("http://javascript:alert(1)", which is no address at all and which the element refuses).
		if ( isset( $attributes['clinic-url'] ) ) {
			$this->assertMatchesRegularExpression( '#^https?://#', $attributes['clinic-url'] );
			unset( $attributes['clinic-url'] );
		}
		$this->assertSame( array( 'region' => 'GB' ), $attributes );
	}

	public function test_a_javascript_booking_link_typed_in_the_shortcode_is_dropped(): void {
		$this->assertSame(
			'<calf-pain-guide clinic-name="Riverside"></calf-pain-guide>',
			$this->html( '[calf_pain_guide clinic_name="Riverside" clinic_url="javascript:alert(1)"]' )
		);
	}

	public function test_http_links_are_kept(): void {
		$this->assertSame(
			array( 'clinic-url' => 'https://clinic.example/book?day=mon&time=9#form' ),
			$this->shortcode( '[calf_pain_guide clinic_url="https://clinic.example/book?day=mon&time=9#form"]' )
		);
		$this->assertSame( array( 'clinic-url' => 'http://clinic.example/' ), $this->rendered( array( 'clinic_url' => 'http://clinic.example/' ) ) );
		// A path on the site itself: the element resolves it against the page.
		$this->assertSame( array( 'clinic-url' => '/contact/' ), $this->rendered( array( 'clinic_url' => '/contact/' ) ) );
		$this->assertSame(
			array( 'clinic-url' => 'https://clinic.example/script' ),
			$this->rendered( array( 'clinic_url' => 'https://clinic.example/"><script>' ) ),
			'markup in a link is not markup'
		);
	}

	public function test_empty_values_leave_the_attribute_out(): void {
		$this->assertSame(
			'<calf-pain-guide region="ES"></calf-pain-guide>',
			$this->html( '[calf_pain_guide locale="" region="ES" clinic_name="   " clinic_url="" hide_checker=""]' )
		);
	}

	/** What an editor may type to hide the checker, or not. */
	public function booleans(): array {
		return array(
			array( '1', true ),
			array( 'true', true ),
			array( 'TRUE', true ),
			array( 'yes', true ),
			array( ' on ', true ),
			array( '0', false ),
			array( 'false', false ),
			array( 'no', false ),
			array( 'off', false ),
			array( '', false ),
			array( 'hide', false ),
			array( '"><script>', false ),
		);
	}

	/** @dataProvider booleans */
	public function test_hide_checker_is_a_boolean_attribute( string $typed, bool $hidden ): void {
		$html = $this->html( '[calf_pain_guide hide_checker="' . $typed . '"]' );
		$this->assertSame( $hidden ? '<calf-pain-guide hide-checker></calf-pain-guide>' : '<calf-pain-guide></calf-pain-guide>', $html );
	}

	public function test_hide_checker_alone_hides_the_checker_as_in_html(): void {
		$this->assertSame( '<calf-pain-guide region="AU" hide-checker></calf-pain-guide>', $this->html( '[calf_pain_guide hide_checker region="AU"]' ) );
		$this->assertSame( '<calf-pain-guide></calf-pain-guide>', $this->html( '[calf_pain_guide clinic_name]' ), 'only booleans stand alone' );
	}

	public function test_values_the_element_judges_are_passed_on_for_it_to_judge(): void {
		// The element knows its languages, regions and levels, and warns once about any other.
		$this->assertSame(
			array(
				'locale'        => 'tlh',
				'region'        => 'XX',
				'heading-level' => '9',
				'theme'         => 'neon',
			),
			$this->shortcode( '[calf_pain_guide locale="tlh" region="XX" heading_level="9" theme="neon"]' )
		);
	}

	public function test_the_site_defaults_apply_unless_the_shortcode_says_otherwise(): void {
		$this->defaults(
			array(
				'region'       => 'GB',
				'clinic_name'  => 'Riverside Physiotherapy',
				'clinic_phone' => '020 7946 0000',
				'clinic_url'   => 'https://riverside.example/book',
			)
		);
		$this->assertSame(
			'<calf-pain-guide region="GB" clinic-name="Riverside Physiotherapy" clinic-phone="020 7946 0000" clinic-url="https://riverside.example/book"></calf-pain-guide>',
			$this->html( '[calf_pain_guide]' )
		);
		$this->assertSame(
			array(
				'locale'       => 'es',
				'region'       => 'ES',
				'clinic-name'  => 'Riverside Physiotherapy',
				'clinic-phone' => '910 000 000',
				'clinic-url'   => 'https://riverside.example/book',
			),
			$this->shortcode( '[calf_pain_guide locale="es" region="ES" clinic_phone="910 000 000" clinic_name=""]' ),
			'what the shortcode sets wins; what it leaves empty comes from the defaults'
		);
	}

	public function test_saved_defaults_are_escaped_too(): void {
		// Whatever got into the option (an old version, another plugin, the database), it is
		// escaped on the way out.
		$this->defaults(
			array(
				'region'      => '"><script>alert(1)</script>',
				'clinic_url'  => 'javascript:alert(1)',
				'clinic_name' => "O'Brien & \"Daughters\"",
				'onclick'     => 'alert(1)',
				'hide_checker' => '1',
			)
		);
		$this->assertSame(
			array(
				'region'      => '"><script>alert(1)</script>',
				'clinic-name' => "O'Brien & \"Daughters\"",
			),
			$this->shortcode( '[calf_pain_guide]' )
		);
		$this->defaults( array( 'not', 'an', 'option', 'we', 'wrote' ) );
		$this->assertSame( '<calf-pain-guide></calf-pain-guide>', $this->html( '[calf_pain_guide]' ) );
		$GLOBALS['calf_pain_guide_test_options'][ CALF_PAIN_GUIDE_OPTION ] = 'GB';
		$this->assertSame( '<calf-pain-guide></calf-pain-guide>', $this->html( '[calf_pain_guide]' ) );
	}

	public function test_the_shortcode_loads_the_script_and_notes_its_language(): void {
		$this->html( 'Text [calf_pain_guide locale="es"] and [calf_pain_guide]' );
		$this->assertSame(
			array( array( 'wp_enqueue_script', 'calf-pain-guide' ), array( 'wp_enqueue_script', 'calf-pain-guide' ) ),
			$GLOBALS['calf_pain_guide_test_calls']
		);
		$this->assertSame( array( 'es', '' ), $GLOBALS['calf_pain_guide_locales'] );
	}

	public function test_a_page_without_the_shortcode_loads_nothing(): void {
		$this->html( '<p>About our clinic. [gallery] [calf_pain_guide_not]</p>' );
		$this->assertSame( array(), $GLOBALS['calf_pain_guide_test_calls'] );
	}

	public function test_values_that_are_not_text_give_no_notice(): void {
		// What a filter on shortcode_atts_calf_pain_guide, or code calling the shortcode, may pass.
		$this->assertSame(
			'<calf-pain-guide region="GB"></calf-pain-guide>',
			$this->without_pre_render( calf_pain_guide_shortcode( array( array( 'hide_checker' ), 'clinic_name' => array( 'x' ), 'region' => 'GB', 'clinic_url' => (object) array() ) ) )
		);
		$this->assertSame(
			'<calf-pain-guide></calf-pain-guide>',
			$this->without_pre_render( calf_pain_guide_render( array( 'region' => array( 'GB' ), 'hide_checker' => array( true ) ) ) )
		);
	}
}
