/*
 * The browser's entry point in a production build: Docusaurus's own (clientEntry), reached in
 * steps, one task each. Running the main script's modules took one task of about 45 ms here,
 * the longest after the first paint on every page (four times that on Lighthouse's simulated
 * phone). Each step runs some of the modules that clientEntry would otherwise run within its own
 * task; a module runs once, so Docusaurus then finds them ready. The steps follow the order in
 * which clientEntry and App import them, so the styles those modules import keep their order.
 * With these steps no task of the start-up takes more than about 18 ms here. Packages whose
 * unused exports the bundler drops (react-router-dom, react-helmet-async) are not required
 * here: a require() keeps all of their exports, 1.5 KB gzip more for every page.
 */

/** Resolves in a task of its own, after whatever the browser has waiting (no 4 ms clamp). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

// In the order clientEntry and App import them.
const STEPS = [
  () => require('react-dom/client'),
  () => require('@generated/client-modules'),
  () => require('@generated/routes'),
  () => {
    require('@docusaurus/renderRoutes');
    require('@docusaurus/ErrorBoundary');
  },
  () => require('@docusaurus/core/lib/client/App'),
  () => require('@docusaurus/core/lib/client/clientEntry'),
];

async function start(): Promise<void> {
  for (const step of STEPS) {
    await nextTask();
    step();
  }
}

void start();
