import {describe, expect, it} from 'vitest';
import {matchRouteChain, parseRoutes, scriptsForPage, withRouteScripts} from '../../../src/plugins/routeChunksInHtml/routeChunks';

// The shape Docusaurus 3 writes to .docusaurus/routes.js: docs nested three deep under '/'.
const ROUTES_JS = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/search',
    component: ComponentCreator('/search', '822'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', '87a'),
    routes: [
      {
        path: '/',
        component: ComponentCreator('/', '4ca'),
        routes: [
          {
            path: '/terraform',
            component: ComponentCreator('/terraform', 'a1b'),
            exact: true,
            sidebar: "guide"
          },
          {
            path: '/',
            component: ComponentCreator('/', 'c2d'),
            exact: true,
            sidebar: "guide"
          }
        ]
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

const CHUNK_NAMES = {
  '/search-822': {__comp: 'search', __context: {plugin: 'searchPlugin'}},
  '/-87a': {__comp: 'docsRoot', __context: {plugin: 'docsPlugin'}},
  '/-4ca': {__comp: 'docRoot', __props: 'sidebar'},
  '/terraform-a1b': {__comp: 'docItem', content: 'terraformMdx'},
  '/-c2d': {__comp: 'docItem', content: 'overviewMdx'},
};

const FILES = {
  search: ['assets/js/search.1.js'],
  searchPlugin: ['assets/js/searchPlugin.2.js'],
  docsRoot: ['assets/js/docsRoot.3.js'],
  docsPlugin: ['assets/js/docsPlugin.4.js'],
  docRoot: ['assets/css/styles.css', 'assets/js/884.5.js', 'assets/js/docRoot.6.js'],
  sidebar: ['assets/js/sidebar.7.js'],
  docItem: ['assets/js/884.5.js', 'assets/js/docItem.8.js'],
  terraformMdx: ['assets/js/terraform.9.js'],
  overviewMdx: ['assets/js/overview.10.js'],
};

describe('parseRoutes', () => {
  it('reads the nested route tree with each route key, including the catch-all without a hash', () => {
    const routes = parseRoutes(ROUTES_JS);
    expect(routes.map((route) => route.key)).toEqual(['/search-822', '/-87a', '*']);
    expect(routes[1]!.routes![0]!.routes!.map((route) => [route.path, route.key, route.exact])).toEqual([
      ['/terraform', '/terraform-a1b', true],
      ['/', '/-c2d', true],
    ]);
  });
});

describe('matchRouteChain', () => {
  const routes = parseRoutes(ROUTES_JS);
  it('follows the first match at each level down to the page', () => {
    expect(matchRouteChain(routes, '/terraform').map((route) => route.key)).toEqual(['/-87a', '/-4ca', '/terraform-a1b']);
    expect(matchRouteChain(routes, '/').map((route) => route.key)).toEqual(['/-87a', '/-4ca', '/-c2d']);
    expect(matchRouteChain(routes, '/search').map((route) => route.key)).toEqual(['/search-822']);
  });
  it('does not take a longer path for a prefix of it', () => {
    expect(matchRouteChain(routes, '/terraform-extra').map((route) => route.key)).toEqual(['/-87a', '/-4ca']);
  });
});

describe('scriptsForPage', () => {
  const routes = parseRoutes(ROUTES_JS);
  it("lists every route's scripts in order, shared chunks once, without style sheets", () => {
    expect(scriptsForPage('/terraform', routes, CHUNK_NAMES, FILES)).toEqual([
      'assets/js/docsRoot.3.js',
      'assets/js/docsPlugin.4.js',
      'assets/js/884.5.js',
      'assets/js/docRoot.6.js',
      'assets/js/sidebar.7.js',
      'assets/js/docItem.8.js',
      'assets/js/terraform.9.js',
    ]);
  });
  it('names nothing for a path that reaches no page (the 404 page)', () => {
    expect(scriptsForPage('/404.html', routes, CHUNK_NAMES, FILES)).toEqual([]);
  });
  it('names nothing when a chunk name has no known files, rather than part of the list', () => {
    const {terraformMdx: _gone, ...incomplete} = FILES;
    expect(scriptsForPage('/terraform', routes, CHUNK_NAMES, incomplete)).toEqual([]);
  });
});

describe('withRouteScripts', () => {
  const html = '<head><script src=/assets/js/runtime~main.ab12.js defer></script><script src=/assets/js/main.cd34.js defer></script></head><body></body>';
  it('puts a deferred tag for each file right before the main script', () => {
    expect(withRouteScripts(html, ['assets/js/a.1.js', 'assets/js/b.2.js'], '/')).toBe(
      '<head><script src=/assets/js/runtime~main.ab12.js defer></script><script src="/assets/js/a.1.js" defer></script><script src="/assets/js/b.2.js" defer></script><script src=/assets/js/main.cd34.js defer></script></head><body></body>',
    );
  });
  it('keeps the base URL in front of each file', () => {
    expect(withRouteScripts('<script src="/guide/assets/js/main.cd34.js" defer></script>', ['assets/js/a.1.js'], '/guide/')).toBe(
      '<script src="/guide/assets/js/a.1.js" defer></script><script src="/guide/assets/js/main.cd34.js" defer></script>',
    );
  });
  it('leaves a page without the main script (a redirect page) as it is', () => {
    const redirect = '<meta http-equiv="refresh" content="0; url=/terraform">';
    expect(withRouteScripts(redirect, ['assets/js/a.1.js'], '/')).toBe(redirect);
  });
});
