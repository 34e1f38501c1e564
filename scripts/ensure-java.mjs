// Makes sure a Java runtime is there for the Nu HTML Checker (vnu-jar, from npm), which
// test/node/static-html.test.mjs runs over the pre-rendered pages. As root on Debian or Ubuntu it
// installs Debian's headless Java runtime with apt; otherwise it stops with one line saying what
// to install. vnu-jar's own postinstall, which would download a Java runtime, never runs here
// (.npmrc: ignore-scripts), and the test calls the jar with Debian's `java` itself.
import { installMissing, onPath } from './debian-packages.mjs';

installMissing(() => (onPath('java') ? [] : ['default-jre-headless']), {
  purpose: 'the HTML validation of the static pages',
  otherwise: 'put a Java runtime (11 or later) on the PATH',
});
