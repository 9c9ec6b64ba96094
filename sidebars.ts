import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'overview',
    'understanding-pal',
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
      ],
    },
    'attestation',
    'faq',
  ],
};

export default sidebars;
