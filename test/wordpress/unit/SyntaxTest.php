<?php
/**
 * Every PHP file of the plugin parses, including those the other tests never load
 * (uninstall.php runs only when the plugin is deleted).
 *
 * @package CalfPainGuide
 */

final class SyntaxTest extends Calf_Pain_Guide_TestCase {

	public function php_files(): array {
		$plugin = dirname( __DIR__, 3 ) . '/wordpress/calf-pain-guide';
		$files  = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $plugin, FilesystemIterator::SKIP_DOTS ) );
		$found  = array();
		foreach ( $files as $file ) {
			if ( 'php' === $file->getExtension() ) {
				$found[ substr( $file->getPathname(), strlen( $plugin ) + 1 ) ] = array( $file->getPathname() );
			}
		}
		ksort( $found );
		return $found;
	}

	/** @dataProvider php_files */
	public function test_the_file_parses( string $path ): void {
		exec( escapeshellarg( PHP_BINARY ) . ' -l ' . escapeshellarg( $path ) . ' 2>&1', $output, $status );
		$this->assertSame( 0, $status, implode( "\n", $output ) );
	}

	public function test_every_file_stops_when_opened_directly(): void {
		foreach ( array_keys( $this->php_files() ) as $name ) {
			$source = (string) file_get_contents( dirname( __DIR__, 3 ) . '/wordpress/calf-pain-guide/' . $name );
			// A file opened by its URL must do nothing: the asset file only returns an array.
			if ( 'block/editor.asset.php' !== $name ) {
				$this->assertMatchesRegularExpression( "/defined\\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \\)/", $source, $name );
			}
		}
	}
}
