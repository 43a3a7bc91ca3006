// One CLI output as the terminal shows it: the command that produces it, then its output in
// monospace, with a Copy button that says when it copied. The text itself stays English.

import { useRef, type ReactNode } from 'react';
import { useT } from '../../app/i18n/useT';
import { useCopy } from './useCopy';

interface CliBlockProps {
  /** The command that prints `text`; a block that is not one command's output has a `caption` instead. */
  command?: string;
  caption?: string;
  /** The output; what Copy puts on the clipboard. */
  text: string;
  /** Rendered instead of `text` (e.g. a table whose names are buttons); Copy still copies `text`. */
  children?: ReactNode;
  testId?: string;
  /**
   * Wrap long lines (JSON, logs: read without scrolling sideways on a projector). Tables and
   * kubectl's aligned text keep their lines and scroll instead, as a terminal would.
   */
  wrap?: boolean;
}

export function CliBlock({ command, caption, text, children, testId, wrap = true }: CliBlockProps) {
  const name = command ?? caption ?? '';
  const t = useT();
  const [state, copy] = useCopy();
  const output = useRef<HTMLDivElement>(null);
  return (
    <figure className="cli" data-testid={testId}>
      <figcaption className="cli-head">
        {command !== undefined ? (
          <code className="cli-command" lang="en">
            <span aria-hidden="true">$ </span>
            {command}
          </code>
        ) : (
          <span className="cli-caption">{caption}</span>
        )}
        <button type="button" className="cli-copy" data-state={state} aria-label={t('inspect.copyLabel', { command: name })} onClick={() => copy(text, output.current)}>
          {state === 'copied' ? `✓ ${t('inspect.copied')}` : t('inspect.copy')}
        </button>
      </figcaption>
      <span role="status" className="cli-status">
        {state === 'copied' && <span className="visually-hidden">{t('inspect.copied')}</span>}
        {state === 'manual' && t('inspect.copyManual')}
      </span>
      <div ref={output} className={wrap ? 'cli-output cli-output--wrap' : 'cli-output'} lang="en" tabIndex={0} role="region" aria-label={name}>
        {children ?? <pre>{text}</pre>}
      </div>
    </figure>
  );
}
