import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import DiscussionsLink from '@site/src/components/DiscussionsLink';

/** The site's own 404: where PAL readers most likely meant to go. */
export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            Page not found
          </Heading>
          <p>There is no page at this address. It may have moved; these are the pages most readers look for:</p>
          <ul>
            <li>
              <Link to="/">Overview</Link>: what PAL needs and which scenario fits you
            </li>
            <li>
              <Link to="/check-and-link">Check and link PAL</Link>: see and fix your link from the page
            </li>
            <li>
              <Link to="/pal-doctor">PAL doctor</Link>: every tenant at once
            </li>
            <li>
              <Link to="/faq">FAQ</Link>
            </li>
          </ul>
          <p>
            The search box at the top searches every page. If a link brought you here, tell us on the{' '}
            <DiscussionsLink>discussions page</DiscussionsLink>.
          </p>
        </div>
      </div>
    </main>
  );
}
