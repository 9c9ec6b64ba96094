/**
 * A page's scripts start downloading and running once the browser has shown the page's first
 * content, not while it is still fetching the style sheet and laying the page out.
 *
 * Why: every page's text is already in its HTML, so the first paint needs only the HTML and the
 * style sheet. Deferred scripts are fetched alongside them (about 180 KB gzip on a guide page), so
 * on a slow connection they share its bandwidth with the style sheet, and the first paint and its
 * layout come later. On Lighthouse's simulated phone that placed the first layout after the first
 * paint's estimate, where it counts as blocking time, and counted the scripts' download and start
 * in the largest paint (2.5 s on Understanding PAL, 1.1 s with this).
 *
 * How: the page's `<script defer>` tags move into an inert `<template>` in the head, and a short
 * inline script (the same on every page, so one hash in the Content Security Policy) inserts them,
 * in order, once both have happened: the document is parsed (what `defer` guaranteed) and the
 * first contentful paint has been reported. A browser that does not report paints starts them
 * after its next frame; and whatever happens they start within three seconds of the page being
 * parsed, so a page whose paint is never reported (a tab opened in the background) still hydrates.
 * Pure string functions, unit-tested in tests/unit/plugins/afterFirstPaint.test.ts; the browser
 * side is checked by tests/e2e/page-load.spec.ts.
 */

export const TEMPLATE_ID = 'scripts-after-first-paint';

/**
 * Waits for the first contentful paint and the parsed document, then inserts the template's
 * scripts in order, one a task: starting a script's request records a stack in a traced page
 * load, and a dozen at once made one task of 15 to 30 ms here.
 */
export const START_AFTER_FIRST_PAINT = `!function(){
var painted=0,parsed=0,started=0;
function start(){
if(started||!painted||!parsed)return;started=1;
var held=document.getElementById("${TEMPLATE_ID}").content.querySelectorAll("script"),next=0,tasks=new MessageChannel();
tasks.port1.onmessage=function(){var s=document.createElement("script");s.src=held[next++].getAttribute("src");s.async=!1;document.head.appendChild(s);next<held.length&&tasks.port2.postMessage(0)};
held.length&&tasks.port2.postMessage(0);
}
function onPaint(){painted=1;start()}
function onParsed(){parsed=1;setTimeout(onPaint,3e3);start()}
document.readyState==="loading"?document.addEventListener("DOMContentLoaded",onParsed):onParsed();
var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes||[];
if(types.indexOf("paint")<0){requestAnimationFrame(function(){setTimeout(onPaint)});return}
new PerformanceObserver(function(list){list.getEntriesByName("first-contentful-paint").length&&onPaint()}).observe({type:"paint",buffered:!0});
}()`;

const DEFERRED = /<script src="?[^"\s>]+"? defer><\/script>/g;
const STYLESHEET = /<link rel="?stylesheet"?[^>]*>/;

/**
 * The page with its deferred scripts held in a template where they stood, and the starter before
 * its style sheet (so the parser does not wait for the style sheet to run it). A page without
 * deferred scripts (a redirect page) is returned unchanged.
 */
export function withScriptsAfterFirstPaint(html: string): string {
  const tags = html.match(DEFERRED);
  if (!tags) return html;
  const first = html.indexOf(tags[0]!);
  if (html.lastIndexOf(tags[tags.length - 1]!) > html.indexOf('</head>')) throw new Error('[after-first-paint] A deferred script outside <head>: the starter would not find it before the body.');
  const template = `<template id=${TEMPLATE_ID}>${tags.join('')}</template>`;
  let updated = html.slice(0, first) + template + html.slice(first).replace(DEFERRED, '');
  const stylesheet = STYLESHEET.exec(updated);
  const at = stylesheet && stylesheet.index < updated.indexOf(template) ? stylesheet.index : updated.indexOf(template);
  return `${updated.slice(0, at)}<script>${START_AFTER_FIRST_PAINT}</script>${updated.slice(at)}`;
}
