<?php
/**
 * The block: its settings are the shortcode's, and it renders the same element.
 *
 * @package CalfPainGuide
 */

final class BlockTest extends Calf_Pain_Guide_TestCase {

	private function block_json(): array {
		return json_decode( (string) file_get_contents( WP_PLUGIN_DIR . '/calf-pain-guide/block/block.json' ), true );
	}

	public function test_the_block_maps_exactly_the_keys_block_json_declares_to_the_shortcodes_settings(): void {
		$declared = array_keys( $this->block_json()['attributes'] );
		$this->assertSame( $declared, array_keys( CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES ), 'the table is block.json, in its order' );
		foreach ( CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES as $key => $name ) {
			$this->assertSame( strtolower( preg_replace( '/[A-Z]/', '_$0', $key ) ), $name, $key );
		}
		$names = array_keys( calf_pain_guide_attribute_names() );
		sort( $names );
		$mapped = array_values( CALF_PAIN_GUIDE_BLOCK_ATTRIBUTES );
		sort( $mapped );
		$this->assertSame( $names, $mapped );
	}

	/**
	 * Issue 21, finding 3: keys a Contributor types into the block's comment by hand, which
	 * block.json does not declare (so WordPress does not check them, and the sidebar shows the
	 * declared fields empty).
	 */
	public function undeclared_keys(): array {
		return array(
			'the shortcode\'s names'    => array( array( 'emergency_number' => '0900 123 4567', 'clinic_url' => 'https://evil.example/book', 'clinic_name' => 'NHS ambulance line' ) ),
			'after the declared keys left empty, as WordPress passes them' => array( array( 'emergencyNumber' => '', 'emergency_number' => '0900 123 4567', 'clinicUrl' => '', 'clinic_url' => 'https://evil.example/book' ) ),
			'a heading level of 9'      => array( array( 'heading_level' => '9' ) ),
			'the element\'s names'      => array( array( 'emergency-number' => '0900 123 4567', 'clinic-phone' => '0900 123 4567' ) ),
			'another case'              => array( array( 'ClinicUrl' => 'https://evil.example/', 'EMERGENCYNUMBER' => '0900', 'hidechecker' => true ) ),
			'attributes of HTML'        => array( array( 'onclick' => 'alert(1)', 'style' => 'display:none', 'lang' => 'fr' ) ),
		);
	}

	/** @dataProvider undeclared_keys */
	public function test_keys_that_block_json_does_not_declare_are_dropped( array $keys ): void {
		$this->assertSame(
			'<calf-pain-guide class="wp-block-calf-pain-guide-guide" region="GB"></calf-pain-guide>',
			$this->without_pre_render( calf_pain_guide_render_block( array_merge( $keys, array( 'region' => 'GB' ) ) ) )
		);
	}

	public function test_values_of_the_wrong_type_give_no_notice_and_no_attribute(): void {
		$this->assertSame(
			'<calf-pain-guide class="wp-block-calf-pain-guide-guide" heading-level="3" hide-checker></calf-pain-guide>',
			calf_pain_guide_render_block(
				array(
					'region'       => array( 'GB' ),
					'clinicName'   => (object) array( 'name' => 'x' ),
					'clinicPhone'  => null,
					'clinicUrl'    => array( 'https://evil.example/' ),
					'headingLevel' => 3,
					'hideChecker'  => 'yes',
					'theme'        => false,
				)
			)
		);
	}

	public function test_every_block_setting_starts_empty_so_the_site_defaults_apply(): void {
		foreach ( $this->block_json()['attributes'] as $name => $attribute ) {
			$this->assertSame( 'boolean' === $attribute['type'] ? false : '', $attribute['default'], $name );
			if ( isset( $attribute['enum'] ) ) {
				$this->assertContains( '', $attribute['enum'], "$name offers 'the default'" );
			}
		}
	}

	public function test_the_block_renders_the_shortcodes_element_with_its_class(): void {
		$this->defaults( array( 'clinic_name' => 'Riverside' ) );
		$html = calf_pain_guide_render_block(
			array(
				'locale'       => 'es',
				'region'       => 'ES',
				'clinicPhone'  => '910 000 000',
				'clinicName'   => '',
				'hideChecker'  => true,
				'headingLevel' => '3',
				'theme'        => '',
				'className'    => 'is-style-x',
			)
		);
		$this->assertSame(
			'<calf-pain-guide class="wp-block-calf-pain-guide-guide" locale="es" region="ES" heading-level="3" clinic-name="Riverside" clinic-phone="910 000 000" hide-checker></calf-pain-guide>',
			$html
		);
		$this->assertSame( array( 'es' ), $GLOBALS['calf_pain_guide_locales'], 'the block loads the script and notes its language' );
		$this->assertSame(
			preg_replace( '/ class="[^"]*"/', '', $html ),
			do_shortcode( '[calf_pain_guide locale="es" region="ES" clinic_phone="910 000 000" hide_checker="1" heading_level="3"]' )
		);
	}

	public function test_a_toggled_off_checker_and_hostile_fields_in_the_block(): void {
		$this->assertSame(
			'<calf-pain-guide class="wp-block-calf-pain-guide-guide" clinic-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></calf-pain-guide>',
			$this->without_pre_render(
				calf_pain_guide_render_block(
					array(
						'hideChecker' => false,
						'clinicName'  => '"><script>alert(1)</script>',
						'clinicUrl'   => 'javascript:alert(1)',
						'onclick'     => 'alert(1)',
					)
				)
			)
		);
	}
}
