/**
 * Small markers in sessionStorage (never tokens) that let a page restore the reader's
 * session without waiting for a click: "someone is signed in" and "a redirect sign-in
 * started from this widget". Without them, no Azure code loads before the reader acts.
 */
import {sessionStore as storage} from '../browser/sessionStore';

const RETURN_TO_KEY = 'pal-guide.return-to';
const SIGNED_IN_KEY = 'pal-guide.signed-in';
const MICROSOFT_SIGN_OUT_KEY = 'pal-guide.microsoft-signed-out';


export function rememberSignedIn(signedIn: boolean): void {
  const store = storage();
  if (!store) return;
  if (signedIn) store.setItem(SIGNED_IN_KEY, '1');
  else store.removeItem(SIGNED_IN_KEY);
}

export function rememberReturnTo(widgetId: string): void {
  storage()?.setItem(RETURN_TO_KEY, widgetId);
}

/** True when this page should restore a session as soon as the widget is on screen. */
export function sessionIsWaiting(widgetId: string): boolean {
  const store = storage();
  return !!store && (store.getItem(SIGNED_IN_KEY) === '1' || store.getItem(RETURN_TO_KEY) === widgetId);
}

/** Reads and clears the marker a redirect sign-in left for the widget it started from. */
export function takeReturnTo(widgetId: string): boolean {
  const store = storage();
  if (!store || store.getItem(RETURN_TO_KEY) !== widgetId) return false;
  store.removeItem(RETURN_TO_KEY);
  return true;
}

/**
 * Set before a full-page redirect to Microsoft's sign-out page: MSAL brings the browser back
 * to the site's home page, whose widget then says what happened.
 */
export function rememberMicrosoftSignOut(): void {
  storage()?.setItem(MICROSOFT_SIGN_OUT_KEY, '1');
}

/** Reads and clears that marker. */
export function takeMicrosoftSignOut(): boolean {
  const store = storage();
  if (store?.getItem(MICROSOFT_SIGN_OUT_KEY) !== '1') return false;
  store.removeItem(MICROSOFT_SIGN_OUT_KEY);
  return true;
}
