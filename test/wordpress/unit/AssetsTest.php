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

	/** The tag WordPress 6.1 makes for the script (6.4 and later use double quotes). */
	private const TAG_6_1 = "<script src='https://clinic.example/wp-content/plugins/calf-pain-guide/assets/calf-pain-guide.js?ver=0.1.0' id='calf-pain-guide-js'></script>\n";

	private function src_and_hash( array $locales ): array {
		$assets = WP_PLUGIN_DIR . '/calf-pain-guide/assets/';
		$this->assertFileExists( $assets . 'integrity.json', 'run npm run build:wordpress first' );
		$file = calf_pain_guide_script_for( $locales, array_keys( calf_pain_guide_integrity() ) );
		return array(
			'https://clinic.example/wp-content/plugins/calf-pain-guide/assets/' . $file . '?ver=' . CALF_PAIN_GUIDE_VERSION,
			'sha384-' . base64_encode( hash_file( 'sha384', $assets . $file, true ) ),
		);
	}

	public function test_the_script_is_a_module_with_the_hash_of_the_file_shipped(): void {
		foreach ( array( array( 'es' ), array( '' ) ) as $locales ) {
			$GLOBALS['calf_pain_guide_locales'] = $locales;
			list( $src, $hash )                 = $this->src_and_hash( $locales );
			$this->assertSame(
				'<script type="module" src="' . $src . '" id=\'calf-pain-guide-js\' integrity="' . $hash . '" crossorigin="anonymous"></script>' . "\n",
				calf_pain_guide_script_tag( self::TAG_6_1, 'calf-pain-guide' )
			);
		}
		$this->assertStringContainsString( '.es.js', calf_pain_guide_script_for( array( 'es' ), array_keys( calf_pain_guide_integrity() ) ) );
	}

	/** Tags as WordPress and security plugins write them: each keeps its nonce and the rest. */
	public function tags_with_a_nonce(): array {
		$src = 'https://clinic.example/wp-content/plugins/calf-pain-guide/assets/calf-pain-guide.js?ver=0.1.0';
		return array(
			'WordPress 6.1, nonce added last'     => array( "<script src='$src' id='calf-pain-guide-js' nonce='r4nd0m+/='></script>\n", array( "id='calf-pain-guide-js'", "nonce='r4nd0m+/='" ) ),
			'WordPress 6.8, nonce added first'    => array( "<script nonce=\"r4nd0m+/=\" src=\"$src\" id=\"calf-pain-guide-js\"></script>\n", array( 'nonce="r4nd0m+/="', 'id="calf-pain-guide-js"' ) ),
			'an old theme\'s type, and more'       => array( "<script type='text/javascript' src='$src' id='calf-pain-guide-js' data-cfasync=\"false\" NONCE=abc123></script>\n", array( "id='calf-pain-guide-js'", 'data-cfasync="false"', 'NONCE=abc123' ) ),
			'a > inside a value'                  => array( "<script src='$src' data-note='a > b' id='calf-pain-guide-js' nonce=\"n\"></script>\n", array( "data-note='a > b'", "id='calf-pain-guide-js'", 'nonce="n"' ) ),
			'an integrity of its own is replaced' => array( "<script src='$src' id='calf-pain-guide-js' integrity='sha384-old' crossorigin='use-credentials' nonce='n'></script>\n", array( "id='calf-pain-guide-js'", "nonce='n'" ) ),
		);
	}

	/** @dataProvider tags_with_a_nonce */
	public function test_the_tag_is_edited_so_a_nonce_and_other_attributes_stay( string $tag, array $kept ): void {
		$GLOBALS['calf_pain_guide_locales'] = array( 'es' );
		list( $src, $hash )                 = $this->src_and_hash( array( 'es' ) );
		$this->assertSame(
			'<script type="module" src="' . $src . '" ' . implode( ' ', $kept ) . ' integrity="' . $hash . '" crossorigin="anonymous"></script>' . "\n",
			calf_pain_guide_script_tag( $tag, 'calf-pain-guide' )
		);
	}

	public function test_inline_scripts_printed_with_the_handle_are_left_alone(): void {
		$GLOBALS['calf_pain_guide_locales'] = array( 'es' );
		list( $src, $hash )                 = $this->src_and_hash( array( 'es' ) );
		$before = "<script nonce='n' id='calf-pain-guide-js-before'>\nwindow.x = 1;\n</script>\n";
		$after  = "<script nonce='n' id='calf-pain-guide-js-after'>\nwindow.y = 2;\n</script>\n";
		$this->assertSame(
			$before . '<script type="module" src="' . $src . '" id=\'calf-pain-guide-js\' nonce=\'n\' integrity="' . $hash . '" crossorigin="anonymous"></script>' . "\n" . $after,
			calf_pain_guide_script_tag( $before . "<script src='x' id='calf-pain-guide-js' nonce='n'></script>\n" . $after, 'calf-pain-guide' )
		);
	}

	public function test_a_language_that_is_a_path_loads_only_a_file_of_integrity_json(): void {
		foreach ( array( '../../../../wp-config', '../assets/calf-pain-guide', 'es/../../x', "es\0" ) as $locale ) {
			$GLOBALS['calf_pain_guide_locales'] = array( $locale );
			$tag                                = calf_pain_guide_script_tag( self::TAG_6_1, 'calf-pain-guide' );
			$this->assertMatchesRegularExpression( '#src="https://clinic\.example/wp-content/plugins/calf-pain-guide/assets/calf-pain-guide\.js\?ver=#', $tag, $locale );
		}
	}

	public function test_a_language_that_is_not_text_counts_as_none_and_gives_no_notice(): void {
		calf_pain_guide_enqueue( array( 'es' ) );
		$this->assertSame( array( '' ), $GLOBALS['calf_pain_guide_locales'], 'a language that is not text counts as none' );
	}

	public function test_the_scripts_shipped_name_no_source_map_that_is_not_shipped(): void {
		$assets = WP_PLUGIN_DIR . '/calf-pain-guide/assets/';
		$files  = glob( $assets . '*.js' );
		$this->assertCount( count( calf_pain_guide_integrity() ), $files );
		foreach ( $files as $path ) {
			$this->assertStringNotContainsString( 'sourceMappingURL', (string) file_get_contents( $path ), basename( $path ) );
			$this->assertFileDoesNotExist( $path . '.map' );
			$this->assertSame( calf_pain_guide_integrity()[ basename( $path ) ], 'sha384-' . base64_encode( hash_file( 'sha384', $path, true ) ) );
		}
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
