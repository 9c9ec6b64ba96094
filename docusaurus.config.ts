import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {readSettings} from './site-settings';
import {colourlessCodeTheme} from './src/prismThemes';
import remarkMermaidSvg from './src/diagrams/remarkMermaidSvg';
import remarkGlossaryLinks from './src/remark/remarkGlossaryLinks';
import authBridge from './src/plugins/authBridge';
import azureInAsyncChunksOnly from './src/plugins/azureInAsyncChunksOnly';
import checkedDocusaurusInternals from './src/plugins/checkedDocusaurusInternals';
import diagramsFromCommittedRenders from './src/plugins/diagramsFromCommittedRenders';
import noRemountAfterHydration from './src/plugins/noRemountAfterHydration';
import prefetchWhenIdle from './src/plugins/prefetchWhenIdle';
import prismWithCodeBlocksOnly from './src/plugins/prismWithCodeBlocksOnly';
import codeColoursInCss from './src/plugins/codeColoursInCss';
import noCollatorAtHydration from './src/plugins/noCollatorAtHydration';
import wordWrapAfterLayout from './src/plugins/wordWrapAfterLayout';
import afterHydrationInTransition from './src/plugins/afterHydrationInTransition';
import routeChunksInHtml from './src/plugins/routeChunksInHtml';
import stagedClientStart from './src/plugins/stagedClientStart';

const settings = readSettings();

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
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  customFields: {
    palClientId: settings.palClientId,
    palAuthority: settings.palAuthority,
    palDiscussionsUrl: settings.palDiscussionsUrl,
    palDiscussionsCategory: settings.palDiscussionsCategory,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // Mermaid fences become SVG rendered ahead of time (npm run diagrams): no Mermaid in the browser.
          // The first use of each acronym on a page links to its Glossary entry.
          remarkPlugins: [remarkMermaidSvg, remarkGlossaryLinks],
          // Dates come from git: the deploy workflows check out the full history.
          showLastUpdateTime: true,
          editUrl: `${settings.palRepositoryUrl}/edit/main/`,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  themes: [
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

  // Links to a section further down land on it (src/css/custom.css defers layout).
  clientModules: [require.resolve('./src/browser/landOnFragment.ts')],

  // Our own plugins (src/plugins/): README, "Performance", says why each bundling one exists.
  plugins: [
    authBridge,
    checkedDocusaurusInternals,
    azureInAsyncChunksOnly,
    prismWithCodeBlocksOnly,
    codeColoursInCss,
    noCollatorAtHydration,
    wordWrapAfterLayout,
    afterHydrationInTransition,
    routeChunksInHtml,
    stagedClientStart,
    prefetchWhenIdle,
    noRemountAfterHydration,
    diagramsFromCommittedRenders,
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
              label: 'Link a Partner ID to your accounts',
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
      // Colours come from CSS (src/plugins/codeColoursInCss), the same HTML in both modes.
      theme: colourlessCodeTheme,
      darkTheme: colourlessCodeTheme,
      additionalLanguages: ['bash', 'powershell', 'json', 'yaml', 'hcl'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
