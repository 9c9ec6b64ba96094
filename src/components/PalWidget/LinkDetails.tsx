import React, {type ReactNode} from 'react';
import {formatTime} from '../../pal/statusText';
import type {PartnerLink} from '../../pal/types';
import styles from './styles.module.css';

/** Every field Azure returns for a link. Values are rendered as text, never as HTML. */
export default function LinkDetails({link}: {link: PartnerLink}): ReactNode {
  const rows: Array<[string, ReactNode]> = [
    ['Partner ID', link.partnerId],
    ['Partner name', link.partnerName ?? '—'],
    ['Tenant ID', <code key="t">{link.tenantId ?? '—'}</code>],
    ['Object ID', <code key="o">{link.objectId ?? '—'}</code>],
    ['State', link.state ?? '—'],
    ['Created', <time key="c" dateTime={link.createdTime}>{formatTime(link.createdTime)}</time>],
    ['Updated', <time key="u" dateTime={link.updatedTime}>{formatTime(link.updatedTime)}</time>],
  ];
  return (
    <dl className={styles.details}>
      {rows.map(([name, value]) => (
        <div key={name} className={styles.detailRow}>
          <dt>{name}</dt>
          <dd data-field={name}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
