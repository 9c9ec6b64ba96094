import React, {type ReactNode} from 'react';
import Admonition from '@theme/Admonition';

/**
 * What the first sign-in in a tenant asks for and leaves there, said beside every sign-in
 * widget (sources: Microsoft Entra's consent pages, listed in each page's Sources).
 * `doctor` adds what the PAL doctor shows for a tenant still waiting for consent.
 */
export default function SignInConsent({doctor = false}: {doctor?: boolean}): ReactNode {
  return (
    <Admonition type="info" title="The first sign-in in each tenant asks for consent">
      <p>
        The first time you sign in to a tenant from this site, Microsoft Entra ID asks for your consent, unless you or an
        administrator gave it already. The site's app asks for one delegated permission,{' '}
        <em>Azure Service Management, access Azure as you</em> (<code>user_impersonation</code>): it can do only what
        your own roles allow. Consenting adds to that tenant the app's enterprise application (its service principal, if
        it is not there yet), a delegated permission grant for you alone, and an entry in your My Apps, where you can
        revoke it. Administrators see the app and its permissions under <strong>Enterprise applications</strong> and can
        revoke them or delete the app. Where a tenant does not let users consent to apps, an administrator has to consent
        before you can sign in there from this site.
        {doctor && (
          <>
            {' '}
            In the doctor, a tenant still waiting for your consent shows as <code>Needs sign-in</code>: select{' '}
            <strong>Sign in to this tenant</strong> on its row and accept the request there.
          </>
        )}
      </p>
    </Admonition>
  );
}
