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
        The first time you sign in to a tenant from this site, Microsoft Entra ID asks you to consent to the site's
        app, unless you or an administrator already did. The app requests one delegated permission,{' '}
        <em>Azure Service Management, access Azure as you</em> (<code>user_impersonation</code>), and can do no more in
        Azure than your own roles allow. Accepting adds three things to that tenant: an enterprise application (the
        app's service principal), if the tenant has none for it yet; a delegated permission grant that lets the app
        call Azure Resource Manager on your behalf only; and an assignment of the app to your account, so it shows in
        your My Apps, where you can review and revoke that access. An administrator finds the app under{' '}
        <strong>Enterprise applications</strong> with the permissions granted to it, and can revoke them (a grant made
        by a user, with PowerShell or Microsoft Graph) or delete the app. Where a tenant does not let users consent to
        apps, an administrator has to consent before you can sign in there from this site.
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
