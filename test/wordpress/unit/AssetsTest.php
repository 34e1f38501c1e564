<?php
/**
 * The script: one file for the page, printed as a module with the hash of the very bytes shipped.
 *
 * @package CalfPainGuide
 */

final class AssetsTest extends Calf_Pain_Guide_TestCase {

	private const FILES = array( 'calf-pain-guide.js', 'calf-pain-guide.en.js', 'calf-pain-guide.es.js', 'calf-pain-guide.pt-BR.js' );

	/** @return array<string, array{0: string[], 1: string}> */
	public function pages(): array {
		return array(
			'one guide in Spanish'                  => array( array( 'es' ), 'calf-pain-guide.es.js' ),
			'two guides in Spanish'                 => array( array( 'es', 'es' ), 'calf-pain-guide.es.js' ),
			'Brazilian Portuguese'                  => array( array( 'pt-BR' ), 'calf-pain-guide.pt-BR.js' ),
			'a guide following the page'            => array( array( '' ), 'calf-pain-guide.js' ),
			'Spanish and one following the page'    => array( array( 'es', '' ), 'calf-pain-guide.js' ),
			'Spanish and English'                   => array( array( 'es', 'en' ), 'calf-pain-guide.js' ),
			'a language with no file of its own'    => array( array( 'es-MX' ), 'calf-pain-guide.js' ),
			'a path typed as a language'            => array( array( '../../../wp-config' ), 'calf-pain-guide.js' ),
			'no guide (the script was enqueued by hand)' => array( array(), 'calf-pain-guide.js' ),
		);
	}

	/** @dataProvider pages */
	public function test_the_page_gets_one_language_only_when_every_guide_asks_for_it( array $locales, string $file ): void {
		$this->assertSame( $file, calf_pain_guide_script_for( $locales, self::FILES ) );
	}

	public function test_the_script_is_a_module_with_the_hash_of_the_file_shipped(): void {
		$assets = WP_PLUGIN_DIR . '/calf-pain-guide/assets/';
		$this->assertFileExists( $assets . 'integrity.json', 'run npm run build:wordpress first' );
		foreach ( array( array( 'es' ), array( '' ) ) as $locales ) {
			$GLOBALS['calf_pain_guide_locales'] = $locales;
			$tag  = calf_pain_guide_script_tag( "<script src='x'></script>", 'calf-pain-guide' );
			$file = calf_pain_guide_script_for( $locales, array_keys( calf_pain_guide_integrity() ) );
			$hash = 'sha384-' . base64_encode( hash_file( 'sha384', $assets . $file, true ) );
			$this->assertSame(
				'<script type="module" src="https://clinic.example/wp-content/plugins/calf-pain-guide/assets/' . $file . '?ver=' . CALF_PAIN_GUIDE_VERSION . '" id="calf-pain-guide-js" integrity="' . $hash . '" crossorigin="anonymous"></script>' . "\n",
				$tag
			);
		}
		$this->assertStringContainsString( '.es.js', calf_pain_guide_script_for( array( 'es' ), array_keys( calf_pain_guide_integrity() ) ) );
	}

	public function test_other_scripts_are_left_alone(): void {
		$tag = "<script src='https://clinic.example/theme.js' id='theme-js'></script>\n";
		$this->assertSame( $tag, calf_pain_guide_script_tag( $tag, 'theme' ) );
	}

	public function test_the_script_is_registered_for_the_footer_and_not_loaded_by_default(): void {
		calf_pain_guide_register_script();
		$this->assertSame(
			array( array( 'wp_register_script', 'calf-pain-guide', 'https://clinic.example/wp-content/plugins/calf-pain-guide/assets/calf-pain-guide.js', array(), CALF_PAIN_GUIDE_VERSION, true ) ),
			$GLOBALS['calf_pain_guide_test_calls']
		);
	}
}
