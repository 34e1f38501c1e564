<?php
/**
 * The settings page's sanitizer: what it saves, and what it refuses with a message.
 *
 * @package CalfPainGuide
 */

final class SettingsTest extends Calf_Pain_Guide_TestCase {

	private function error_codes(): array {
		return array_column( $GLOBALS['calf_pain_guide_test_settings_errors'], 'code' );
	}

	public function test_good_values_are_saved_cleaned(): void {
		$this->assertSame(
			array(
				'region'       => 'GB',
				'clinic_name'  => 'Riverside & Sons Physiotherapy',
				'clinic_phone' => '020 7946 0000',
				'clinic_url'   => 'https://riverside.example/book?day=mon&time=9',
			),
			calf_pain_guide_sanitize_defaults(
				array(
					'region'       => ' gb ',
					'clinic_name'  => "Riverside & Sons\n<b>Physiotherapy</b>",
					'clinic_phone' => ' 020 7946 0000 ',
					'clinic_url'   => 'https://riverside.example/book?day=mon&time=9',
					'onclick'      => 'alert(1)',
				)
			)
		);
		$this->assertSame( array(), $this->error_codes() );
	}

	public function test_a_bad_region_or_link_keeps_the_value_saved_before_and_says_so(): void {
		$this->defaults( array( 'region' => 'ES', 'clinic_url' => 'https://old.example/' ) );
		$saved = calf_pain_guide_sanitize_defaults(
			array(
				'region'     => 'Spain',
				'clinic_url' => 'javascript:alert(1)',
			)
		);
		$this->assertSame( 'ES', $saved['region'] );
		$this->assertSame( 'https://old.example/', $saved['clinic_url'] );
		$this->assertSame( array( 'region', 'clinic_url' ), $this->error_codes() );

		// WordPress sanitizes a new option twice: the message shows once.
		calf_pain_guide_sanitize_defaults( array( 'region' => 'Spain' ) );
		$this->assertSame( array( 'region', 'clinic_url' ), $this->error_codes() );
	}

	public function test_markup_and_junk_are_not_saved(): void {
		$this->assertSame(
			array(
				'region'       => '',
				// WordPress removes the tags with what a script tag holds; the rest is escaped
				// when shown (see ShortcodeTest).
				'clinic_name'  => '">',
				'clinic_phone' => '',
				'clinic_url'   => '',
			),
			calf_pain_guide_sanitize_defaults(
				array(
					'region'       => '<b>',
					'clinic_name'  => '"><script>alert(1)</script>',
					'clinic_phone' => array( 'not', 'text' ),
				)
			)
		);
		$this->assertSame(
			array( 'region' => '', 'clinic_name' => '', 'clinic_phone' => '', 'clinic_url' => '' ),
			calf_pain_guide_sanitize_defaults( 'not an array' )
		);
	}

	public function test_saved_defaults_that_are_not_text_give_no_notice(): void {
		$this->defaults( array( 'region' => array( 'GB' ), 'clinic_url' => (object) array(), 'clinic_name' => array() ) );
		// The page's field shows nothing for them.
		ob_start();
		calf_pain_guide_settings_field(
			array(
				'name'      => 'clinic_name',
				'label_for' => 'calf-pain-guide-clinic_name',
				'type'      => 'text',
				'help'      => 'Help',
			)
		);
		$field = (string) ob_get_clean();
		$this->assertStringContainsString( 'value=""', $field );
		// A bad new value falls back to the saved one: here, to nothing.
		$saved = calf_pain_guide_sanitize_defaults( array( 'region' => 'Spain', 'clinic_url' => 'javascript:alert(1)' ) );
		$this->assertSame( '', $saved['region'] );
		$this->assertSame( '', $saved['clinic_url'] );
		// And the guide ignores them.
		$this->assertSame( '<calf-pain-guide></calf-pain-guide>', $this->without_pre_render( calf_pain_guide_render( array() ) ) );
	}
}
