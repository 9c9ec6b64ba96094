import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'overview',
    'understanding-pal',
    'check-and-link',
    'pal-doctor',
    {
      type: 'category',
      label: 'Link your identities',
      collapsed: false,
      items: [
        'users-and-guests',
        'service-principals',
        'workload-identities',
        'pal-tagging-service-principal',
        'terraform',
        'lighthouse',
        'power-platform-and-dynamics-365',
      ],
    },
    'attestation',
    'prove-your-recognition',
    'faq',
    'glossary',
    'host-your-own-copy',
  ],
};

export default sidebars;
