// Test server middleware: pages that play a hostile host (for example one served with a strict
// Content-Security-Policy header). Koa-style, as @web/test-runner expects.
export async function hostileHostMiddleware(context, next) {
  return next();
}
