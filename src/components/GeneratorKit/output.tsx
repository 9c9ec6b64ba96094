/**
 * The generators' output: the files in code blocks with Copy and Download, the warnings and
 * notes, or what still stops the files from being written; and the frame around a generator.
 */
import React, {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {loadHighlighter} from '@site/src/codeHighlighting/registry';
import type {GeneratedFile, GeneratorResult} from '../../pal/generators/common';
import {downloadText} from '../../browser/download';
import styles from './styles.module.css';

function warmHighlighter(): void {
  loadHighlighter().catch(() => undefined);
}

/** The frame of a generator: a labelled region with the form and the output. */
export function GeneratorFrame({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    // The reader is about to change the files shown: their code blocks will be highlighted
    // in the browser, so the highlighter is fetched now rather than at the first keystroke.
    <section className={styles.generator} aria-label={label} onFocus={warmHighlighter} onPointerEnter={warmHighlighter}>
      {children}
    </section>
  );
}

function FileView({file, onStatus}: {file: GeneratedFile; onStatus: (text: string) => void}): ReactNode {
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.content);
      onStatus(`Copied ${file.path} to the clipboard.`);
    } catch {
      onStatus(`Could not copy ${file.path}: select the code and copy it by hand, or use Download.`);
    }
  };
  const download = () => {
    downloadText(file.fileName, file.mimeType, file.content);
    onStatus(`Downloaded ${file.path} as ${file.fileName}.`);
  };
  return (
    <div className={styles.file} data-generated-file={file.key}>
      <p id={`${id}-about`} className={styles.purpose}>
        <strong className={styles.path}>{file.path}</strong> {file.purpose}
      </p>
      <div className={styles.fileButtons}>
        <button type="button" className="button button--sm button--primary" aria-describedby={`${id}-about`} onClick={copy}>
          Copy
        </button>
        <button type="button" className="button button--sm button--secondary" aria-describedby={`${id}-about`} onClick={download}>
          Download
        </button>
      </div>
      <CodeBlock language={file.language} title={file.path}>
        {file.content}
      </CodeBlock>
    </div>
  );
}

/** Lists what still stops the files from being written, in the order of the form. */
function Pending<F extends string>({result, labelOf}: {result: GeneratorResult<F>; labelOf: (field: F) => string}): ReactNode {
  const missing = [...new Set(result.missing.map(labelOf))];
  const refused = [...new Set((Object.keys(result.problems) as F[]).map(labelOf))];
  return (
    <div className={styles.pending}>
      {missing.length > 0 && <p>To write the files, fill in: {missing.join(', ')}.</p>}
      {refused.length > 0 && <p>Correct the values marked above: {refused.join(', ')}.</p>}
    </div>
  );
}

export function GeneratorOutput<F extends string>({
  result,
  labelOf,
  extraWarnings = [],
}: {
  result: GeneratorResult<F>;
  labelOf: (field: F) => string;
  /** Warnings that hold whatever the other fields say (shown even before the files). */
  extraWarnings?: readonly string[];
}): ReactNode {
  const [status, setStatus] = useState('');
  const output = result.output;
  const warnings = output ? output.warnings : extraWarnings;
  return (
    <div className={styles.output}>
      {warnings.length > 0 && (
        <div className={clsx('alert alert--warning', styles.warnings)} role="alert">
          <p className={styles.warningsTitle}>
            <strong>Check before you use these files</strong>
          </p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {output ? (
        <>
          {output.files.map((file) => (
            <FileView key={file.key} file={file} onStatus={setStatus} />
          ))}
          {output.notes.length > 0 && (
            <div className={styles.notes}>
              <p>
                <strong>Good to know</strong>
              </p>
              <ul>
                {output.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <Pending result={result} labelOf={labelOf} />
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
