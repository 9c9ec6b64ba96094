import type {Config, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {readSettings} from './site-settings';
import {darkCodeTheme, lightCodeTheme} from './src/prismThemes';
import remarkImportHighlighter from './src/codeHighlighting/remarkImportHighlighter';

const settings = readSettings();

/**
 * Keeps MSAL and the Azure SDK out of the chunks every page loads: they may only
 * live in async chunks, which load when a widget is used or comes into view.
 */
function azureInAsyncChunksOnly(): Plugin {
  return {
    name: 'azure-in-async-chunks-only',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              azure: {
                test: /[\\/]node_modules[\\/]@azure[\\/]/,
                chunks: 'async',
                priority: 50,
                enforce: true,
                reuseExistingChunk: true,
              },
              mermaid: {
                test: /[\\/]node_modules[\\/](mermaid|@mermaid-js|d3[\w-]*|dagre[\w-]*|khroma|cytoscape[\w-]*|katex|dompurify|roughjs|lodash-es|chevrotain|langium|@chevrotain|vscode[\w-]*|marked|stylis|dayjs|uuid|ts-dedent|@braintree|@iconify|@upsetjs)[\\/]/,
                chunks: 'async',
                priority: 45,
                enforce: true,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}

/**
 * theme-classic registers Prism's extra languages in a client module, which puts Prism
 * (about 30 KB gzip, 100 KB of script) into the script every page loads. That module is
 * replaced here by an empty one; src/codeHighlighting/highlighter.ts does the same work,
 * and only pages that show code import it (remarkImportHighlighter, GeneratorKit). The
 * server bundle always has it, so server HTML is always highlighted.
 */
const HIGHLIGHTER_MODULES = new RegExp(
  [
    /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/,
    /[\\/]theme-classic[\\/]lib[\\/]theme[\\/](prism-include-languages|CodeBlock[\\/]Content[\\/]index|CodeBlock[\\/]Line[\\/].*)\.js$/,
    /[\\/]src[\\/](codeHighlighting[\\/]highlighter|theme[\\/]CodeBlock[\\/]Line[\\/].*)\.tsx?$/,
  ]
    .map((part) => part.source)
    .join('|'),
);

function prismWithCodeBlocksOnly(): Plugin {
  return {
    name: 'prism-with-code-blocks-only',
    configureWebpack(_config, isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.DefinePlugin({'process.env.PAL_SERVER_BUNDLE': JSON.stringify(String(isServer))}),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            require.resolve('./src/clientModules/noPrismAtStartup.ts'),
          ),
        ],
        // One chunk of its own: otherwise, as most pages have code, Docusaurus's "common"
        // chunk would take Prism in and every page would load it again.
        optimization: isServer
          ? {}
          : {
              splitChunks: {
                cacheGroups: {
                  codeHighlighting: {
                    test: HIGHLIGHTER_MODULES,
                    name: 'code-highlighting',
                    chunks: 'async',
                    priority: 45,
                    enforce: true,
                  },
                },
              },
            },
      };
    },
  };
}

/**
 * Link prefetching in idle time (see src/browser/prefetchWhenIdle.ts): core's prefetch
 * helper, imported by core's client as './prefetch', is swapped for ours.
 */
function prefetchWhenIdle(): Plugin {
  return {
    name: 'prefetch-when-idle',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/^\.\/prefetch$/, (resource: {context: string; request: string}) => {
            if (/@docusaurus[\\/]core[\\/]lib[\\/]client$/.test(resource.context)) {
              resource.request = require.resolve('./src/browser/prefetchWhenIdle.ts');
            }
          }),
        ],
      };
    },
  };
}

const config: Config = {
  title: 'PAL Guide',
  tagline: 'Get Partner Admin Link right: link the right identity, in the right tenant, with a role that counts.',
  favicon: 'img/favicon.svg',
  url: settings.url,
  baseUrl: settings.baseUrl,
  trailingSlash: false,
  // Its inline script and styles would need their own CSP exceptions; the baseUrl is set by us.
  baseUrlIssueBanner: false,

  future: {v4: true, faster: true},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  customFields: {
    palClientId: settings.palClientId,
    palAuthority: settings.palAuthority,
    palDiscussionsUrl: settings.palDiscussionsUrl,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkImportHighlighter],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      },
    ],
  ],

  plugins: [
    azureInAsyncChunksOnly,
    prismWithCodeBlocksOnly,
    prefetchWhenIdle,
    [
      '@docusaurus/plugin-client-redirects',
      {
        redirects: [
          {from: '/sp', to: '/service-principals'},
          {from: '/oidc', to: '/workload-identities'},
          {from: '/pal', to: '/check-and-link'},
          {from: '/guests', to: '/users-and-guests'},
          {from: '/tagging', to: '/pal-tagging-service-principal'},
          {from: '/tf', to: '/terraform'},
          {from: '/lighthouse-pal', to: '/lighthouse'},
          {from: '/doctor', to: '/pal-doctor'},
        ],
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.jpg',
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'PAL Guide',
      logo: {alt: 'PAL Guide logo', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {to: '/faq', label: 'FAQ', position: 'left'},
        // Opens the Your values panel (src/components/YourValues); registered in src/theme/NavbarItem/ComponentTypes.tsx.
        {type: 'custom-yourValues', position: 'right'},
        {href: settings.palDiscussionsUrl, label: 'Discussions', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {label: 'Overview', to: '/'},
            {label: 'Understanding PAL', to: '/understanding-pal'},
            {label: 'FAQ', to: '/faq'},
          ],
        },
        {
          title: 'Microsoft Learn',
          items: [
            {
              label: 'Link a partner ID to your accounts',
              href: 'https://learn.microsoft.com/azure/cost-management-billing/manage/link-partner-id',
            },
            {
              label: 'Partner Admin Link in Partner Center',
              href: 'https://learn.microsoft.com/partner-center/membership/link-partner-id-for-azure-performance-pal-dpor',
            },
          ],
        },
        {
          title: 'Community',
          items: [{label: 'Ask a question', href: settings.palDiscussionsUrl}],
        },
      ],
      copyright: `PAL Guide is an independent community guide, not a Microsoft product. Built with Docusaurus.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'powershell', 'json', 'yaml', 'hcl'],
    },
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
