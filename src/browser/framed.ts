/**
 * True when this page is shown inside a frame of another page. Hosts that send
 * `frame-ancestors 'none'` never get here framed; GitHub Pages cannot send it, so the widgets
 * check for themselves. A browser that refuses even the comparison counts as framed.
 */
export function isFramed(win: Window = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}
