import React, {type ReactNode} from 'react';
import {ELIGIBILITY_LABEL, type ClassifiedAssignment} from '../../pal/roles';
import styles from './styles.module.css';

/** Count of eligible assignments, expandable to every role, scope and eligibility. */
export default function AssignmentList({assignments}: {assignments: readonly ClassifiedAssignment[]}): ReactNode {
  const eligible = assignments.filter((a) => a.eligibility === 'eligible').length;
  if (assignments.length === 0) return <span>No role assignments</span>;
  return (
    <details className={styles.assignments}>
      <summary>
        {eligible} eligible of {assignments.length}
      </summary>
      <ul>
        {assignments.map((a) => (
          <li key={`${a.roleId}|${a.scope}|${a.principalId}`}>
            <strong>{a.roleName}</strong> <span className={styles[a.eligibility]}>({ELIGIBILITY_LABEL[a.eligibility]})</span>
            {a.viaGroup && ' through a group'}
            <br />
            <code className={styles.scope}>{a.scope}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
