// Test server middleware: what the WordPress plugin prints for a page, for the browser tests
// (test/distribution/upgrade.test.ts), from the plugin's PHP itself (test/wordpress/render.php:
// WordPress's escaping and shortcode parser, no site). Koa-style, as @web/test-runner expects.
//
//   /test/wordpress/printed?page={"language":"es-ES","block":{"locale":"es"}}
//
// answers the HTML the plugin prints for that page (see render.php). Needs `php` (installed by
// scripts/ensure-php.mjs) and the plugin built (`npm run build:wordpress`, which `npm test`
// runs before the browser tests).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RENDER = fileURLToPath(new URL('../wordpress/render.php', import.meta.url));

/** What the plugin prints for one page. */
function printed(page) {
  return new Promise((resolve, reject) => {
    const php = execFile(
      'php',
      [RENDER],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error || stderr) reject(new Error(`test/wordpress/render.php: ${stderr || error}`));
        else resolve(JSON.parse(stdout)[0]);
      },
    );
    php.stdin.end(JSON.stringify([page]));
  });
}

export async function wordpressMiddleware(context, next) {
  if (context.path !== '/test/wordpress/printed') return next();
  const html = await printed(JSON.parse(context.query.page ?? '{}'));
  if (!html.includes('data-pre-rendered')) {
    throw new Error(
      'The plugin printed no pre-rendered guide: run `npm run build:wordpress` (after `npm run build`).',
    );
  }
  context.status = 200;
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  context.body = html;
}
