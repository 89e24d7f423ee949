import type { Cue } from '../../domain/quiz-schema';
import { findLoosely, segmentText } from '../../domain/text-match';

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

/** The passage with the statement marked, and its cue words when `cues` is given. */
export function MarkedPassage({ passage, statement, cues }: { passage: string; statement: string; cues?: readonly Cue[] | undefined }) {
  const span = findLoosely(passage, statement);
  if (!span) return <>{passage}</>;
  return (
    <>
      {passage.slice(0, span.start)}
      <mark className="statement">
        {cues ? <MarkedStatement text={passage.slice(span.start, span.end)} cues={cues} /> : passage.slice(span.start, span.end)}
      </mark>
      {passage.slice(span.end)}
    </>
  );
}
