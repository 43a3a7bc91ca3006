// A field's problem, under the field: the message and, for text parsed character by character
// (a CIDR, a cluster query expression), the text again with a caret under where it breaks. The
// caret is drawing only; the message says the position in words for screen readers.

import { useClusterFormT } from './useClusterFormT';

interface FieldProblemProps {
  /** Referenced by the input's aria-describedby. */
  id: string;
  message: string;
  /** The text as typed and the 0-based position of the problem, for the caret line. */
  text?: string;
  position?: number;
}

export function FieldProblem({ id, message, text, position }: FieldProblemProps) {
  const t = useClusterFormT();
  const at = position === undefined ? null : Math.max(0, Math.min(position, text?.length ?? position));
  return (
    <div className="cf-problem" id={id}>
      {text !== undefined && at !== null && (
        <pre className="cf-caret" aria-hidden="true">
          {text}
          {'\n'}
          {' '.repeat(at)}^
        </pre>
      )}
      <p>
        {message}
        {at !== null && ` (${t('cluster.atCharacter', { position: at + 1 })})`}
      </p>
    </div>
  );
}
