#!/bin/sh
# Runs the browser tests in WebKitGTK's MiniBrowser. It has no headless mode, so WebKitWebDriver
# (and the browser it starts) run inside xvfb-run; the driver stops with the tests, and the
# tests' exit code is passed through.
set -eu
export WEBKIT_WEBDRIVER_PORT="${WEBKIT_WEBDRIVER_PORT:-4444}"
exec xvfb-run -a -s "-screen 0 1280x1024x24" sh -c '
  WebKitWebDriver --port="$WEBKIT_WEBDRIVER_PORT" >"${TMPDIR:-/tmp}/webkitwebdriver.log" 2>&1 &
  driver=$!
  trap "kill $driver 2>/dev/null || true" EXIT
  node -e "
    const url = \"http://127.0.0.1:\" + process.env.WEBKIT_WEBDRIVER_PORT + \"/status\";
    const until = Date.now() + 15000;
    (async () => {
      for (;;) {
        try { if ((await fetch(url)).ok) return; } catch {}
        if (Date.now() > until) { console.error(\"WebKitWebDriver did not start\"); process.exit(1); }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
  "
  npx --no-install wtr --group webkit "$@"
' sh "$@"
