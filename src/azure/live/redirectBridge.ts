/**
 * The page Entra ID sends the sign-in answer to (static/auth/redirect.html). It passes the
 * answer to the widget: to the opener for a popup, or back to the starting page after a
 * full-page redirect. Bundled on its own by scripts/build-auth-bridge.mjs to stay tiny.
 */
import {broadcastResponseToMainFrame} from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById('message');
  if (message) {
    message.textContent =
      'This page completes a PAL Guide sign-in, but found no sign-in answer. Close it and select "Sign in" again.';
  }
});
