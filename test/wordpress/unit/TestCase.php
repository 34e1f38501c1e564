<?php
/**
 * What the tests share: a clean slate for each test, and reading the plugin's output as a
 * browser would.
 *
 * @package CalfPainGuide
 */

abstract class Calf_Pain_Guide_TestCase extends PHPUnit\Framework\TestCase {

	protected function setUp(): void {
		$GLOBALS['calf_pain_guide_test_options']         = array();
		$GLOBALS['calf_pain_guide_test_calls']           = array();
		$GLOBALS['calf_pain_guide_test_settings_errors'] = array();
		$GLOBALS['calf_pain_guide_locales']              = array();
		$GLOBALS['calf_pain_guide_test_language']        = 'en-US';
		unset( $GLOBALS['calf_pain_guide_page_locale'] );
	}

	/**
	 * The element without the guide pre-rendered inside it (includes/pre-render.php), which
	 * PreRenderTest checks: the element's own tag, as a page without pre-rendering has it.
	 * Fails unless what is inside is one declarative shadow root, marked on the element.
	 */
	protected function without_pre_render( string $html ): string {
		$open  = ' data-pre-rendered><template shadowrootmode="open">';
		$close = '</template></calf-pain-guide>';
		while ( false !== ( $start = strpos( $html, $open ) ) ) {
			$end = strpos( $html, $close, $start );
			$this->assertNotFalse( $end, 'the pre-rendered guide ends with its element' );
			$inside = substr( $html, $start, $end - $start );
			$this->assertStringNotContainsString( '</calf-pain-guide>', $inside, 'one element' );
			$this->assertMatchesRegularExpression( '/<calf-pain-guide[^<>]*$/', substr( $html, 0, $start ), 'inside a <calf-pain-guide> tag' );
			$html = substr( $html, 0, $start ) . '></calf-pain-guide>' . substr( $html, $end + strlen( $close ) );
		}
		$this->assertStringNotContainsString( '<template', $html, 'no other pre-rendered HTML' );
		return $html;
	}

	/** Saves the site-wide defaults, as the settings page would. */
	protected function defaults( array $defaults ): void {
		$GLOBALS['calf_pain_guide_test_options'][ CALF_PAIN_GUIDE_OPTION ] = $defaults;
	}

	/** A post's content with shortcodes, without the pre-rendered guide (see above). */
	protected function html( string $content ): string {
		return $this->without_pre_render( do_shortcode( $content ) );
	}

	/**
	 * The attributes of the one element the HTML holds, as a browser reads them (entities
	 * decoded). Fails unless the HTML is exactly one empty <calf-pain-guide> element whose
	 * attributes are all well-formed: a value that escaped its quotes would add an attribute,
	 * an element or text, and show here.
	 *
	 * @return array<string, string>
	 */
	protected function attributes_of( string $html ): array {
		$html = $this->without_pre_render( $html );
		$this->assertMatchesRegularExpression(
			'/^<calf-pain-guide(?: [a-z][a-z-]*(?:="[^"<>]*")?)*><\/calf-pain-guide>$/',
			$html,
			'one <calf-pain-guide> element, every attribute value quoted, with no < > " inside'
		);
		$document = new DOMDocument();
		$previous = libxml_use_internal_errors( true );
		$document->loadHTML( '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>' );
		libxml_clear_errors();
		libxml_use_internal_errors( $previous );
		$body = $document->getElementsByTagName( 'body' )->item( 0 );
		$this->assertSame( 1, $body->childNodes->length, 'nothing but the element' );
		$element = $body->firstChild;
		$this->assertSame( 'calf-pain-guide', $element->nodeName );
		$this->assertSame( 0, $element->childNodes->length, 'the element is empty' );
		$attributes = array();
		foreach ( $element->attributes as $attribute ) {
			$attributes[ $attribute->name ] = $attribute->value;
		}
		return $attributes;
	}

	/** The attributes of the element a shortcode typed in a post becomes. */
	protected function shortcode( string $shortcode ): array {
		return $this->attributes_of( do_shortcode( $shortcode ) );
	}

	/** The attributes of the element for these settings (any string, as the block sends). */
	protected function rendered( array $settings ): array {
		return $this->attributes_of( calf_pain_guide_render( calf_pain_guide_given( $settings ) ) );
	}
}
