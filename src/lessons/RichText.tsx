// Lesson text as React nodes: paragraphs, with `backticked` spans as <code>. Plain text only,
// so nothing in a lesson string can become markup.

import { Fragment } from 'react';
import { inlineSegments, paragraphs } from './inlineCode';

export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineSegments(text).map((segment, i) => (segment.code ? <code key={i}>{segment.text}</code> : <Fragment key={i}>{segment.text}</Fragment>))}
    </>
  );
}

export function RichText({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((paragraph, i) => (
        <p key={i}>
          <Inline text={paragraph} />
        </p>
      ))}
    </>
  );
}
