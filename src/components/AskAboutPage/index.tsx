import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {newDiscussionUrl} from './newDiscussionUrl';
import styles from './styles.module.css';

/** "Ask about this page": opens a new public discussion prefilled with the page's title and address. */
export default function AskAboutPage(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata} = useDoc();
  const discussionsUrl = siteConfig.customFields?.palDiscussionsUrl;
  const category = siteConfig.customFields?.palDiscussionsCategory;
  if (typeof discussionsUrl !== 'string' || discussionsUrl === '' || typeof category !== 'string') return null;
  const pageUrl = new URL(metadata.permalink, siteConfig.url).toString();
  return (
    <p className={styles.ask}>
      <a href={newDiscussionUrl(discussionsUrl, category, metadata.title, pageUrl)} target="_blank" rel="noopener noreferrer">
        Ask about this page
      </a>{' '}
      <span className={styles.note}>(opens a public discussion on GitHub; leave out customer names and tenant IDs)</span>
    </p>
  );
}
