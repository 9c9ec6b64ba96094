import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** A link to the public discussions page, whose address is a build-time setting. */
export default function DiscussionsLink({children}: {children: ReactNode}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const url = siteConfig.customFields?.palDiscussionsUrl;
  return typeof url === 'string' && url !== '' ? <a href={url}>{children}</a> : <>{children}</>;
}
