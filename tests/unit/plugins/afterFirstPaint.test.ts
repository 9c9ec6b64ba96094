import {describe, expect, it} from 'vitest';
import {START_AFTER_FIRST_PAINT, TEMPLATE_ID, withScriptsAfterFirstPaint} from '../../../src/plugins/routeChunksInHtml/afterFirstPaint';

const PAGE =
  '<!doctype html><html><head><meta charset=UTF-8><title>T</title><link rel=stylesheet href=/assets/css/styles.1.css />' +
  '<script src=/assets/js/runtime~main.ab12.js defer></script><script src="/assets/js/a.1.js" defer></script><script src=/assets/js/main.cd34.js defer></script>' +
  '<link rel=preload as=image href=/img/logo.svg /></head><body><p>Text</p></body></html>';

describe('withScriptsAfterFirstPaint', () => {
  const html = withScriptsAfterFirstPaint(PAGE);

  it('leaves no script for the parser to fetch: every deferred tag is held, in order, in one template where they stood', () => {
    expect(html).toContain(
      `<template id=${TEMPLATE_ID}><script src=/assets/js/runtime~main.ab12.js defer></script><script src="/assets/js/a.1.js" defer></script><script src=/assets/js/main.cd34.js defer></script></template><link rel=preload as=image`,
    );
    const outside = html.replace(/<template[\s\S]*?<\/template>/, '');
    expect(outside).not.toMatch(/<script src=/);
  });

  it('puts the starter before the style sheet, so the parser runs it without waiting for the styles', () => {
    expect(html).toContain(`<title>T</title><script>${START_AFTER_FIRST_PAINT}</script><link rel=stylesheet`);
  });

  it('puts the starter before the template when the page has no style sheet', () => {
    const bare = withScriptsAfterFirstPaint('<head><script src=/m.js defer></script></head><body></body>');
    expect(bare).toBe(`<head><script>${START_AFTER_FIRST_PAINT}</script><template id=${TEMPLATE_ID}><script src=/m.js defer></script></template></head><body></body>`);
  });

  it('leaves a page without deferred scripts (a redirect page) as it is', () => {
    const redirect = '<head><script>window.location.href="/x"</script></head><body></body>';
    expect(withScriptsAfterFirstPaint(redirect)).toBe(redirect);
  });

  it('refuses a deferred script in the body, which the starter could run before it is parsed', () => {
    expect(() => withScriptsAfterFirstPaint('<head></head><body><script src=/m.js defer></script></body>')).toThrow(/outside <head>/);
  });
});

/** Runs the starter against a fake browser, recording the scripts it inserts. */
function fakeBrowser({readyState = 'loading', paintTiming = true} = {}) {
  const inserted: {src: string; async: boolean}[] = [];
  const listeners: Record<string, () => void> = {};
  const timers: {at: number; run: () => void}[] = [];
  const frames: (() => void)[] = [];
  let now = 0;
  let observer: ((list: {getEntriesByName(name: string): unknown[]}) => void) | null = null;
  const template = ['/runtime.js', '/a.js', '/main.js'].map((src) => ({getAttribute: (name: string) => (name === 'src' ? src : null)}));
  const document = {
    readyState,
    addEventListener: (type: string, run: () => void) => (listeners[type] = run),
    getElementById: (id: string) => (id === TEMPLATE_ID ? {content: {querySelectorAll: () => template}} : null),
    createElement: () => ({src: '', async: true}),
    head: {appendChild: (script: {src: string; async: boolean}) => inserted.push(script)},
  };
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
  }
  const tasks: (() => void)[] = [];
  class MessageChannel {
    port1: {onmessage: (() => void) | null} = {onmessage: null};
    port2 = {postMessage: () => tasks.push(() => this.port1.onmessage!())};
  }
  const window = {PerformanceObserver};
  const setTimeout = (run: () => void, ms = 0) => timers.push({at: now + ms, run});
  const requestAnimationFrame = (run: () => void) => frames.push(run);
  new Function('window', 'document', 'PerformanceObserver', 'setTimeout', 'requestAnimationFrame', 'MessageChannel', START_AFTER_FIRST_PAINT)(
    window,
    document,
    PerformanceObserver,
    setTimeout,
    requestAnimationFrame,
    MessageChannel,
  );
  /** Runs the queued tasks, and those they queue, one at a time; returns how many ran. */
  const runTasks = () => {
    let ran = 0;
    while (tasks.length) {
      tasks.shift()!();
      ran += 1;
    }
    return ran;
  };
  return {
    inserted,
    runTasks,
    parsed: () => listeners.DOMContentLoaded!(),
    paint: (name = 'first-contentful-paint') => observer!({getEntriesByName: (wanted) => (wanted === name ? [{}] : [])}),
    frame: () => frames.splice(0).forEach((run) => run()),
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

describe('the starter', () => {
  it('inserts the scripts in order, one a task, as ordered (not async) scripts, once the page is parsed and its first content painted', () => {
    const browser = fakeBrowser();
    browser.paint();
    expect(browser.runTasks()).toBe(0);
    browser.parsed();
    expect(browser.inserted).toEqual([]);
    expect(browser.runTasks()).toBe(3);
    expect(browser.inserted).toEqual([
      {src: '/runtime.js', async: false},
      {src: '/a.js', async: false},
      {src: '/main.js', async: false},
    ]);
  });

  it('waits for the first contentful paint, not the first paint, when the page is parsed first', () => {
    const browser = fakeBrowser();
    browser.parsed();
    browser.paint('first-paint');
    browser.runTasks();
    expect(browser.inserted).toEqual([]);
    browser.paint();
    browser.runTasks();
    expect(browser.inserted).toHaveLength(3);
  });

  it('inserts them once, however many paints are reported and the backstop fires', () => {
    const browser = fakeBrowser();
    browser.parsed();
    browser.paint();
    browser.paint();
    browser.advance(5000);
    browser.runTasks();
    expect(browser.inserted).toHaveLength(3);
  });

  it('starts them three seconds after parsing when no paint is reported (a tab opened in the background)', () => {
    const browser = fakeBrowser();
    browser.parsed();
    browser.advance(2999);
    browser.runTasks();
    expect(browser.inserted).toEqual([]);
    browser.advance(1);
    browser.runTasks();
    expect(browser.inserted).toHaveLength(3);
  });

  it('starts them after the next frame in a browser that does not report paints', () => {
    const browser = fakeBrowser({paintTiming: false});
    browser.parsed();
    browser.runTasks();
    expect(browser.inserted).toEqual([]);
    browser.frame();
    browser.advance(0);
    browser.runTasks();
    expect(browser.inserted).toHaveLength(3);
  });

  it('needs no DOMContentLoaded when the document is already parsed', () => {
    const browser = fakeBrowser({readyState: 'interactive'});
    browser.paint();
    browser.runTasks();
    expect(browser.inserted).toHaveLength(3);
  });
});
