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

	public function test_the_block_has_exactly_the_shortcodes_settings(): void {
		$from_block = array();
		foreach ( array_keys( $this->block_json()['attributes'] ) as $name ) {
			$from_block[] = strtolower( preg_replace( '/[A-Z]/', '_$0', $name ) );
		}
		sort( $from_block );
		$names = array_keys( calf_pain_guide_attribute_names() );
		sort( $names );
		$this->assertSame( $names, $from_block );
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
			calf_pain_guide_render_block(
				array(
					'hideChecker' => false,
					'clinicName'  => '"><script>alert(1)</script>',
					'clinicUrl'   => 'javascript:alert(1)',
					'onclick'     => 'alert(1)',
				)
			)
		);
	}
}
