import { forwardRef, memo, useMemo } from 'react';
import type { Cue } from '../../domain/quiz-schema';
import { findLoosely, segmentText } from '../../domain/text-match';
import { paragraphSpans } from '../../domain/paragraphs';

/** The statement with its cue words marked; text only, never HTML. */
export function MarkedStatement({ text, cues }: { text: string; cues: readonly Cue[] | undefined }) {
  const marks = (cues ?? []).map((cue) => findLoosely(text, cue.text));
  return (
    <>
      {segmentText(text, marks).map((segment, index) =>
        segment.mark === null ? (
          segment.text
        ) : (
          <strong key={index} className="cue" data-kind={cues?.[segment.mark]?.kind}>
            {segment.text}
          </strong>
        ),
      )}
    </>
  );
}

/**
 * The passage as paragraphs (blank lines in the data), with the statement marked, and its cue words when `cues`
 * is given. A statement that crosses a paragraph break is marked in each paragraph it covers.
 */
export const MarkedPassage = memo(forwardRef<HTMLElement, { passage: string; statement: string; cues?: readonly Cue[] | undefined }>(function MarkedPassage(
  { passage, statement, cues },
  markRef,
) {
  const span = useMemo(() => findLoosely(passage, statement), [passage, statement]);
  const paragraphs = useMemo(() => paragraphSpans(passage), [passage]);
  let refGiven = false;
  return (
    <>
      {paragraphs.map((paragraph) => {
        const from = span ? Math.min(Math.max(span.start, paragraph.start), paragraph.end) : paragraph.end;
        const to = span ? Math.max(Math.min(span.end, paragraph.end), from) : paragraph.end;
        const whole = span !== null && span.start >= paragraph.start && span.end <= paragraph.end;
        const ref = to > from && !refGiven ? ((refGiven = true), markRef) : undefined;
        return (
          <p key={paragraph.start}>
            {passage.slice(paragraph.start, from)}
            {to > from ? (
              <mark className="statement" ref={ref}>
                {cues && whole ? <MarkedStatement text={passage.slice(from, to)} cues={cues} /> : passage.slice(from, to)}
              </mark>
            ) : null}
            {passage.slice(to, paragraph.end)}
          </p>
        );
      })}
    </>
  );
}));
