import {useId, useState, type ReactNode} from 'react';
import FieldsetUntilHydrated from '../FieldsetUntilHydrated';
import Link from '@docusaurus/Link';
import {route, toggle, visibleQuestions, type ScenarioQuestion, type ScenarioSelection} from '../../pal/scenarios';
import styles from './styles.module.css';

function CheckboxGroup({
  idPrefix,
  question,
  selected,
  onToggle,
}: {
  idPrefix: string;
  question: ScenarioQuestion;
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}): ReactNode {
  const hintId = `${idPrefix}-${question.id}-hint`;
  return (
    <FieldsetUntilHydrated className={styles.question} aria-describedby={hintId}>
      <legend className={styles.legend}>{question.legend}</legend>
      <p id={hintId} className={styles.hint}>
        {question.hint}
      </p>
      {question.choices.map((choice) => (
        <label key={choice.value} className={styles.choice}>
          <input
            type="checkbox"
            name={`${idPrefix}-${question.id}`}
            value={choice.value}
            checked={selected.includes(choice.value)}
            onChange={(event) => onToggle(choice.value, event.currentTarget.checked)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </FieldsetUntilHydrated>
  );
}

/**
 * Routes a reader to every page that fits the way their company works in customers' Azure.
 * Several answers can apply at once (people and a pipeline, OIDC and Terraform): each leads to
 * its own page, listed in a live region.
 */
export default function ScenarioGuide(): ReactNode {
  const id = useId();
  const [selection, setSelection] = useState<ScenarioSelection>({});
  const questions = visibleQuestions(selection);
  const {results, unanswered} = route(selection);

  return (
    <div className={styles.guide}>
      {questions.map((question) => (
        <CheckboxGroup
          key={question.id}
          idPrefix={id}
          question={question}
          selected={selection[question.id] ?? []}
          onToggle={(value, checked) => setSelection((current) => toggle(current, question.id, value, checked))}
        />
      ))}
      <div aria-live="polite">
        {results.length > 0 && (
          <>
            <p className={styles.resultsLead}>
              {results.length === 1
                ? 'The page to follow:'
                : `${results.length} pages to follow. Each identity needs its own link, so work through each of them:`}
            </p>
            <ul className={styles.resultList}>
              {results.map((result) => (
                <li key={result.to} className={styles.result} data-choice={result.choice}>
                  <Link to={result.to} className={styles.resultLink}>
                    Go to {result.page}
                  </Link>
                  : {result.why}
                  {result.also && (
                    <>
                      {' '}
                      {result.also.lead}{' '}
                      <Link to={result.also.to}>{result.also.text}</Link>.
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {unanswered.map((question) => (
          <p key={question.id} className={styles.pending}>
            Answer “{question.legend}” to see the page for your automation.
          </p>
        ))}
      </div>
    </div>
  );
}
