<?php
/**
 * The editor script's dependencies and version, as the block.json loader expects them
 * (written by hand: editor.js has no build step).
 *
 * @package CalfPainGuide
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
