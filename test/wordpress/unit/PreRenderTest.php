<?php
/**
 * The guide pre-rendered in the page (includes/pre-render.php): the language and emergency
 * number the guide's script would show, values escaped, and the script-only element where the
 * pre-render could not be what the script draws. That the filled templates are exactly what
 * `calf-pain-guide/ssr` renders is checked in Node (test/wordpress/pre-render.test.mjs).
 *
 * @package CalfPainGuide
 */

class PreRenderTest extends Calf_Pain_Guide_TestCase {

	/** The pre-rendered guide inside the element, '' when there is none. */
	private function inside( string $html ): string {
		$start = strpos( $html, '<template shadowrootmode="open">' );
		return false === $start ? '' : substr( $html, $start );
	}

	/** The guide's title, as the pre-render shows it. */
	private function title( string $html ): string {
		$this->assertSame( 1, preg_match( '/<h2 class="title" part="title">([^<]*)<\/h2>/', $html, $match ), 'one title' );
		return $match[1];
	}

	/** The numbers the pre-rendered emergency card links to, and the ones each section says. */
	private function numbers( string $html ): array {
		preg_match_all( '/<a class="number" dir="ltr" href="([^"]*)">([^<]*)<\/a>/', $html, $links, PREG_SET_ORDER );
		preg_match_all( '/<span class="number" dir="ltr">([^<]*)<\/span>/', $html, $said );
		return array(
			'links' => array_map(
				function ( $link ) {
					return $link[1] . ' ' . $link[2];
				},
				$links
			),
			'said'  => array_values( array_unique( $said[1] ) ),
		);
	}

	private function index(): array {
		return json_decode( (string) file_get_contents( dirname( CALF_PAIN_GUIDE_FILE ) . '/assets/pre-rendered/index.json' ), true );
	}

	public function test_the_default_shortcode_prints_the_guide_in_the_page_language_with_its_number(): void {
		$html = do_shortcode( '[calf_pain_guide]' );
		$this->assertStringStartsWith( '<calf-pain-guide data-pre-rendered><template shadowrootmode="open">', $html );
		$this->assertSame( 'Pain at the top of the calf', $this->title( $html ) );
		// <html lang="en-US">: the guide's script shows the United States' number.
		$this->assertSame(
			array(
				'links' => array( 'tel:911 911' ),
				'said'  => array( '911' ),
			),
			$this->numbers( $html )
		);
		$this->assertStringNotContainsString( '{{calf-pain-guide:', $html, 'every placeholder filled' );
	}

	public function test_the_page_language_sets_the_language_and_the_number(): void {
		$GLOBALS['calf_pain_guide_test_language'] = 'es-AR';
		$html                                     = do_shortcode( '[calf_pain_guide]' );
		$this->assertSame( 'Dolor en la parte alta de la pantorrilla', $this->title( $html ) );
		$this->assertStringContainsString( '<div class="guide" part="guide" lang="es" dir="ltr">', $html );
		$this->assertSame( array( 'tel:107 107' ), $this->numbers( $html )['links'] );

		// A page language without a region: no number, and the card says to call the local one.
		$GLOBALS['calf_pain_guide_test_language'] = 'ar';
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$html = do_shortcode( '[calf_pain_guide]' );
		$this->assertStringContainsString( '<div class="guide" part="guide" lang="ar" dir="rtl">', $html );
		$this->assertSame(
			array(
				'links' => array(),
				'said'  => array(),
			),
			$this->numbers( $html )
		);
	}

	public function test_every_language_and_every_region_is_pre_rendered_with_the_regions_number(): void {
		$index = $this->index();
		$this->assertSame( array( 'en', 'es', 'fr', 'de', 'pt-BR', 'ar', 'zh-Hans' ), $index['locales'] );
		$this->assertGreaterThan( 90, count( $index['emergencyNumbers'] ) );
		foreach ( $index['locales'] as $locale ) {
			foreach ( $index['emergencyNumbers'] as $region => $number ) {
				unset( $GLOBALS['calf_pain_guide_page_locale'] );
				$html = calf_pain_guide_render_block(
					array(
						'locale' => $locale,
						'region' => $region,
					)
				);
				$this->assertStringContainsString( ' data-pre-rendered><template shadowrootmode="open">', $html, "$locale $region" );
				$this->assertStringContainsString( 'lang="' . $locale . '"', $this->inside( $html ), "$locale $region" );
				$this->assertSame( array( 'tel:' . $number . ' ' . $number ), $this->numbers( $html )['links'], "$locale $region" );
				$this->assertSame( array( $number ), $this->numbers( $html )['said'], "$locale $region" );
			}
		}
	}

	public function test_the_region_table_is_the_widgets(): void {
		$regions = (string) file_get_contents( dirname( __DIR__, 3 ) . '/src/content/regions.ts' );
		preg_match_all( "/^  ([A-Z]{2}): \\{\\s*emergency: '([^']+)'/m", $regions, $rows );
		$this->assertSame( array_combine( $rows[1], $rows[2] ), $this->index()['emergencyNumbers'] );
	}

	public function test_an_emergency_number_setting_is_shown_as_the_guide_would(): void {
		// Another valid number: shown (the guide warns that it is not the region's).
		$this->assertSame( array( 'tel:112 112' ), $this->numbers( do_shortcode( '[calf_pain_guide region="GB" emergency_number="112"]' ) )['links'] );
		// The region's own, written with spaces.
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$this->assertSame( array( 'tel:999 9 9 9' ), $this->numbers( do_shortcode( '[calf_pain_guide region="GB" emergency_number="9 9 9"]' ) )['links'] );
		// Not a number: the region's.
		foreach ( array( '0900 123 4567', '112#', '<img src=x onerror=alert(1)>', '" onmouseover="alert(1)', '&#49;&#49;2x' ) as $bad ) {
			unset( $GLOBALS['calf_pain_guide_page_locale'] );
			$html = calf_pain_guide_render( calf_pain_guide_given( array( 'region' => 'AU', 'emergency_number' => $bad ) ) );
			$this->assertSame( array( 'tel:000 000' ), $this->numbers( $html )['links'], $bad );
		}
		// As the browser reads the attribute: entities decoded.
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$html = calf_pain_guide_render( calf_pain_guide_given( array( 'emergency_number' => '&#49;12' ) ) );
		$this->assertSame( array( 'tel:112 112' ), $this->numbers( $html )['links'] );
	}

	/** @return array<string, array{0: string}> */
	public static function hostile_fields(): array {
		return array(
			'closing the quote, then a script' => array( '"><script>alert(1)</script>' ),
			'closing the element'              => array( '</calf-pain-guide><script>alert(1)</script>' ),
			'closing the shadow root'          => array( '</template><img src=x onerror=alert(1)>' ),
			'a placeholder'                    => array( '{{calf-pain-guide:number}}<b>x</b>' ),
		);
	}

	/** @dataProvider hostile_fields */
	public function test_hostile_settings_cannot_inject_markup_into_the_pre_rendered_guide( string $hostile ): void {
		$clean = calf_pain_guide_render( calf_pain_guide_given( array( 'region' => 'GB' ) ) );
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		// A region that is none: the page language's (en-US).
		$page = calf_pain_guide_render( array() );
		foreach ( array( 'clinic_name', 'clinic_phone', 'clinic_url', 'theme', 'locale', 'region', 'emergency_number', 'urgent_number', 'history' ) as $name ) {
			unset( $GLOBALS['calf_pain_guide_page_locale'] );
			$settings = array(
				'region' => 'GB',
				$name    => $hostile,
			);
			$html     = calf_pain_guide_render( calf_pain_guide_given( $settings ) );
			// The value stays in its attribute, escaped; the guide inside is the clean one (none
			// for a language that is no language tag: the guide's script decides).
			$expected = 'region' === $name ? $this->inside( $page ) : $this->inside( $clean );
			$this->assertSame( 'locale' === $name ? '' : $expected, $this->inside( $html ), $name );
			$this->assertSame( 1, substr_count( $html, '<calf-pain-guide' ), $name );
			$this->assertStringNotContainsString( '<script', $html, $name );
			$this->assertStringNotContainsString( '<img', $html, $name );
			$this->assertStringNotContainsString( '<b>', $html, $name );
		}
	}

	public function test_a_hostile_clinic_name_typed_in_a_post_stays_text(): void {
		$html = do_shortcode( "[calf_pain_guide clinic_name='\"></template><script>alert(1)</script>']" );
		$this->assertStringStartsWith( '<calf-pain-guide clinic-name="&quot;&gt;&lt;/template&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-pre-rendered><template shadowrootmode="open">', $html );
		$this->assertStringNotContainsString( '<script', $html );
	}

	public function test_the_theme_is_set_on_the_inner_elements(): void {
		$html = do_shortcode( '[calf_pain_guide theme="dark"]' );
		$this->assertStringContainsString( '<red-flag-banner level="emergency" theme="dark">', $html );
		$this->assertStringNotContainsString( 'theme="light"', $html );
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		// A theme the guide does not know: it shows the light one.
		$html = do_shortcode( '[calf_pain_guide theme="neon"]' );
		$this->assertStringContainsString( '<red-flag-banner level="emergency" theme="light">', $html );
	}

	/** @return array<string, array{0: string}> */
	public static function shape_settings(): array {
		return array(
			'sections'          => array( '[calf_pain_guide sections="causes check"]' ),
			'open'              => array( '[calf_pain_guide open="causes"]' ),
			'hide_checker'      => array( '[calf_pain_guide hide_checker]' ),
			'hide_start_card'   => array( '[calf_pain_guide hide_start_card]' ),
			'a heading level 3' => array( '[calf_pain_guide heading_level="3"]' ),
			'a heading level 9' => array( '[calf_pain_guide heading_level="9"]' ),
			'a bad language'    => array( '[calf_pain_guide locale="not a language"]' ),
		);
	}

	/** @dataProvider shape_settings */
	public function test_settings_the_templates_do_not_cover_leave_the_guide_to_its_script( string $shortcode ): void {
		$html = do_shortcode( $shortcode );
		$this->assertSame( '', $this->inside( $html ) );
		$this->assertStringNotContainsString( 'data-pre-rendered', $html );
		$this->assertStringEndsWith( '></calf-pain-guide>', $html );
	}

	public function test_heading_level_2_and_settings_outside_the_first_paint_are_pre_rendered(): void {
		$html = do_shortcode( '[calf_pain_guide heading_level="2" clinic_name="Riverside" clinic_phone="020 7946 0000" clinic_same_day urgent_number="111" history="off" region="GB"]' );
		$this->assertSame( 'Pain at the top of the calf', $this->title( $html ) );
		$this->assertSame( array( 'tel:999 999' ), $this->numbers( $html )['links'] );
	}

	public function test_one_page_shows_one_language_the_first_guides(): void {
		$html = do_shortcode( '[calf_pain_guide locale="fr" region="FR"] [calf_pain_guide locale="de" region="DE"]' );
		$this->assertSame( 2, preg_match_all( '/<div class="guide" part="guide" lang="fr"/', $html ) );
		// A first guide left to its script still decides the language.
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$html = do_shortcode( '[calf_pain_guide locale="es" hide_checker] [calf_pain_guide locale="de"]' );
		$this->assertSame( 1, preg_match_all( '/<div class="guide" part="guide" lang="es"/', $html ) );
	}

	public function test_the_date_is_written_as_the_guides_script_writes_it(): void {
		$date = function ( string $html ): string {
			preg_match( '/<p class="reviewed"[^>]*>([^<]*)<\/p>/', $html, $match );
			return trim( $match[1] );
		};
		// The page's tag, in the language shown: a British page writes the day first.
		$GLOBALS['calf_pain_guide_test_language'] = 'en-GB';
		$this->assertStringContainsString( ' 6 December 2026;', $date( do_shortcode( '[calf_pain_guide]' ) ) );
		// A page in another language, with the file of every language: the language's own way.
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$this->assertStringContainsString( ' 6 de diciembre de 2026;', $date( do_shortcode( '[calf_pain_guide locale="es-MX"]' ) ) );
		// A guide that names its language, on a page in another language: the language shown
		// decides (its one-language file once wrote "December 6, 2026" in Spanish text).
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$GLOBALS['calf_pain_guide_test_language'] = 'en-US';
		$this->assertStringContainsString( ' 6 de diciembre de 2026;', $date( do_shortcode( '[calf_pain_guide locale="es"]' ) ) );
		// A page tag the build's table does not cover, in another language than the guide's:
		// the guide's own way, so the guide is still pre-rendered.
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$GLOBALS['calf_pain_guide_test_language'] = 'ja-JP';
		$this->assertStringContainsString( ' 6 de diciembre de 2026;', $date( do_shortcode( '[calf_pain_guide locale="es"]' ) ) );
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
		$this->assertStringContainsString( ' December 6, 2026;', $date( do_shortcode( '[calf_pain_guide]' ) ) );
	}

	public function test_languages_are_chosen_as_the_guide_chooses_them(): void {
		$locales = array( 'en', 'es', 'fr', 'de', 'pt-BR', 'ar', 'zh-Hans' );
		$cases   = array(
			''           => 'en',
			'es'         => 'es',
			'ES'         => 'es',
			'es-MX'      => 'es',
			'pt'         => 'pt-BR',
			'pt-PT'      => 'pt-BR',
			'zh'         => 'zh-Hans',
			'zh-Hant-TW' => 'zh-Hans',
			'zh-hans'    => 'zh-Hans',
			'ar-EG'      => 'ar',
			'ja'         => 'en',
			'en-GB'      => 'en',
			'es_ES'      => null,
			'x'          => null,
		);
		foreach ( $cases as $tag => $locale ) {
			$this->assertSame( $locale, calf_pain_guide_choose_locale( (string) $tag, $locales ), (string) $tag );
		}
	}
}
