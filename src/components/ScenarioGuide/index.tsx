import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

interface Result {
  to: string;
  page: string;
  why: string;
}

interface Choice {
  value: string;
  label: string;
  result?: Result;
  next?: Question;
}

interface Question {
  legend: string;
  choices: Choice[];
}

const HOW_AUTOMATION_SIGNS_IN: Question = {
  legend: 'How does that automation sign in to Azure?',
  choices: [
    {
      value: 'secret',
      label: 'A service principal with a client secret or certificate',
      result: {
        to: '/service-principals',
        page: 'Service principals',
        why: 'A service principal belongs to your company, so its link outlasts staff changes; it signs in to each customer tenant and links itself there.',
      },
    },
    {
      value: 'oidc',
      label: 'A pipeline using workload identity federation (OIDC), with no stored secret',
      result: {
        to: '/workload-identities',
        page: 'Workload identities',
        why: 'A federated identity can only sign in from its pipeline, so the link is made by a pipeline step running as that identity.',
      },
    },
    {
      value: 'terraform',
      label: 'Terraform deploys and changes the resources',
      result: {
        to: '/terraform',
        page: 'Terraform',
        why: 'The identity Terraform runs as is the one that needs the link and the eligible role, and both can live next to your configuration.',
      },
    },
  ],
};

const WHO_MAKES_CHANGES: Question = {
  legend: "Who makes the changes in the customer's Azure?",
  choices: [
    {
      value: 'people',
      label: 'People, each with their own account in the customer tenant or as a guest',
      result: {
        to: '/users-and-guests',
        page: 'Users and guests',
        why: 'Each person links their own account, once in every customer tenant they work in.',
      },
    },
    {
      value: 'automation',
      label: 'Automation: scripts, pipelines or infrastructure as code',
      next: HOW_AUTOMATION_SIGNS_IN,
    },
    {
      value: 'lighthouse',
      label: 'Our people or automation, from our own tenant through Azure Lighthouse',
      result: {
        to: '/lighthouse',
        page: 'Azure Lighthouse',
        why: 'With Lighthouse your identities stay in your own tenant, so you link them once there instead of in every customer tenant.',
      },
    },
    {
      value: 'nobody',
      label: 'Nobody from us works in their Azure day to day (advisory work, or a project handed over)',
      result: {
        to: '/pal-tagging-service-principal',
        page: 'PAL-tagging service principal',
        why: 'A dedicated service principal, linked to your Partner ID and holding a small eligible role, keeps recognition where nobody needs standing access.',
      },
    },
  ],
};

function RadioGroup({
  name,
  question,
  selected,
  onSelect,
}: {
  name: string;
  question: Question;
  selected: string | undefined;
  onSelect: (value: string) => void;
}): ReactNode {
  // The choices only work once React runs; until then they are shown but inactive.
  const hydrated = useIsBrowser();
  return (
    <fieldset className={styles.question} disabled={!hydrated}>
      <legend className={styles.legend}>{question.legend}</legend>
      {question.choices.map((choice) => (
        <label key={choice.value} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={selected === choice.value}
            onChange={() => onSelect(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Routes a reader to the page for their scenario in at most two choices. */
export default function ScenarioGuide(): ReactNode {
  const id = useId();
  const [first, setFirst] = useState<string>();
  const [second, setSecond] = useState<string>();

  const firstChoice = WHO_MAKES_CHANGES.choices.find((c) => c.value === first);
  const followUp = firstChoice?.next;
  const secondChoice = followUp?.choices.find((c) => c.value === second);
  const result = firstChoice?.result ?? secondChoice?.result;

  return (
    <div className={styles.guide}>
      <RadioGroup
        name={`${id}-who`}
        question={WHO_MAKES_CHANGES}
        selected={first}
        onSelect={(value) => {
          setFirst(value);
          setSecond(undefined);
        }}
      />
      {followUp && (
        <RadioGroup name={`${id}-how`} question={followUp} selected={second} onSelect={setSecond} />
      )}
      <div aria-live="polite">
        {result && (
          <p className={styles.result}>
            <Link to={result.to} className={styles.resultLink}>
              Go to {result.page}
            </Link>
            : {result.why}
          </p>
        )}
      </div>
    </div>
  );
}
