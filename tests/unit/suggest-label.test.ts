import { describe, expect, test } from 'vitest';
import statements from '../fixtures/suggester-statements.json';
import holdout from '../fixtures/suggester-holdout.json';
import { classificationReport } from '../../src/domain/classification-metrics';
import { LABELS, type CueKind, type Label } from '../../src/domain/quiz-schema';
import { suggestLabel } from '../../src/domain/suggest-label';

const cuesOf = (statement: string, kind: CueKind) =>
  suggestLabel(statement).cues.filter((cue) => cue.kind === kind).map((cue) => cue.text);

const decided = (statement: string) => {
  const { label, deciding } = suggestLabel(statement);
  return { label, by: deciding ? `${deciding.kind}:${deciding.text}` : null };
};

describe('suggestLabel: cue kinds', () => {
  test.each([
    ['According to the ministry, 40 people died.', 'According to'],
    ['The mayor said the lanes cut commute times.', 'said'],
    ['Washington describes the force as Iranian-backed proxies.', 'describes the force as'],
    ['The minister told reporters that the budget was sound.', 'told reporters'],
    ['In a statement, the airline apologised for the delays.', 'In a statement'],
    ['The company denies any wrongdoing.', 'denies'],
    ['The coach insists his team deserved to win.', 'insists'],
    ['The opposition accuses the government of lying.', 'accuses'],
    ['The Syrian government argues this is not aid.', 'argues'],
    ['Campaigners claim the runway will add emissions.', 'claim'],
  ])('attribution in %j', (statement, cue) => {
    expect(cuesOf(statement, 'attribution')).toContain(cue);
    expect(suggestLabel(statement).label).toBe('claim');
  });

  test.each([
    ['Some claim that U.S. forces are not occupying Iraq in a combat role.', 'Some claim'],
    ['Reports suggest U.S. troops have suffered casualties.', 'Reports suggest'],
    ['It has been widely documented that sleeper cells use this border area.', 'It has been widely documented that'],
    ['Many say the club is badly run.', 'Many say'],
    ['Critics say the policy will fail.', 'Critics say'],
  ])('vague source in %j', (statement, cue) => {
    expect(cuesOf(statement, 'vague-source')).toEqual([cue]);
    expect(suggestLabel(statement).label).toBe('claim');
  });

  test.each([
    ['The suspect is believed to have fled.', 'is believed'],
    ['The U.S. occupation is being accused of destabilizing Iraq.', 'is being accused'],
    ['The ruling has been condemned by rights groups.', 'has been condemned'],
    ['The drug is said to be more effective.', 'is said'],
    ['The player is alleged to have placed bets.', 'is alleged'],
  ])('passive reporting in %j', (statement, cue) => {
    expect(cuesOf(statement, 'passive')).toEqual([cue]);
    expect(suggestLabel(statement).label).toBe('claim');
  });

  test.each([
    ['The new stadium is a shameful waste of money.', 'shameful'],
    ['This is the best policy we have.', 'best'],
    ['It was the most effective force in the region.', 'the most effective'],
    ['The response was disastrous.', 'disastrous'],
    ['The coach was brilliant.', 'brilliant'],
  ])('evaluative word in %j', (statement, cue) => {
    expect(cuesOf(statement, 'evaluative')).toContain(cue);
    expect(suggestLabel(statement).label).toBe('opinion');
  });

  test.each([
    ['The council should scrap the fare rise.', 'should'],
    ['Parents must demand better.', 'must'],
    ['The government ought to invest in rail.', 'ought to'],
    ['Schools need to teach media literacy.', 'need to'],
  ])('recommendation in %j', (statement, cue) => {
    expect(cuesOf(statement, 'modal')).toEqual([cue]);
    expect(suggestLabel(statement).label).toBe('opinion');
  });

  test.each([
    ['Perhaps the senator wanted to avoid the vote.', 'Perhaps'],
    ['The delay is probably about money.', 'probably'],
    ['Under both U.S. Presidents, Washington appears to be targeting the PMU.', 'appears to'],
    ['The owners seem to care more about profit.', 'seem'],
    ['The minister likely never meant it.', 'likely'],
  ])('hedge in %j', (statement, cue) => {
    expect(cuesOf(statement, 'hedge')).toEqual([cue]);
    expect(suggestLabel(statement).label).toBe('opinion');
  });

  test.each([
    ['Hardly Iranian is it?', 'is it?'],
    ['Who could possibly believe the mayor this time?', 'Who could'],
    ['Is this really the best a rich country can do?', 'really'],
    ["Isn't it obvious that prices are too high?", "Isn't"],
  ])('rhetorical question %j', (statement, cue) => {
    expect(cuesOf(statement, 'rhetorical')).toEqual([cue]);
    expect(decided(statement)).toEqual({ label: 'opinion', by: `rhetorical:${cue}` });
  });

  test('checkable details: numbers, percentages, money, dates and named places', () => {
    const statement = 'Inflation in the euro area rose to 2.6 percent in May, costing Germany $1.2 billion in 2023.';
    expect(cuesOf(statement, 'checkable')).toEqual(['2.6 percent', 'May', 'Germany', '$1.2 billion', '2023']);
    expect(decided(statement)).toEqual({ label: 'fact', by: 'checkable:2.6 percent' });
  });

  test('loaded words are detected but do not decide', () => {
    const statement = 'The regime released 40 political prisoners after the terrorist attack.';
    expect(cuesOf(statement, 'loaded')).toEqual(['regime', 'terrorist']);
    expect(decided(statement)).toEqual({ label: 'fact', by: 'checkable:40' });
  });

  test('framing phrases are detected but do not decide, with straight or curly apostrophes', () => {
    expect(cuesOf("It's no secret that the club has not won a trophy since 1998.", 'framing')).toEqual(["It's no secret that"]);
    expect(decided('It’s no secret that the club has not won a trophy since 1998.')).toEqual({ label: 'fact', by: 'checkable:1998' });
    expect(decided('To make matters worse, the apology was insincere.')).toEqual({ label: 'opinion', by: 'evaluative:insincere' });
    expect(suggestLabel('To make matters worse, it rained.')).toMatchObject({ label: null, deciding: null });
  });
});

describe('suggestLabel: rule order', () => {
  test('1. an attribution frame wins over the reported opinion', () => {
    expect(decided('The minister told reporters that it was "the best budget in a generation."')).toEqual({ label: 'claim', by: 'attribution:told reporters' });
    expect(decided('Damascus (and many others) says the U.S. military occupation in Syria is totally illegal.')).toEqual({ label: 'claim', by: 'attribution:says' });
  });

  test('1. an attribution frame inside a relative or participle clause is not the main clause', () => {
    expect(decided('The driver, who police said was 34, was taken to hospital.')).toEqual({ label: 'fact', by: 'checkable:34' });
    expect(decided('The book, which argues that cities should ban cars, sold 200,000 copies.')).toEqual({ label: 'fact', by: 'checkable:200,000' });
    expect(decided('On both occasions, Washington failed to provide a timetable for its withdrawal, saying this will be discussed at a future stage.')).toEqual({
      label: 'fact',
      by: 'checkable:Washington',
    });
  });

  test('1. a reporting verb with the writer, everyone or nobody as subject is not an attribution', () => {
    expect(suggestLabel('I believe the plan will fail.').label).toBe('opinion');
    expect(suggestLabel('Surely no one expects the ceasefire to hold.').label).toBe('opinion');
    expect(suggestLabel("It's time we admitted that the war on drugs has failed.").label).toBe('opinion');
  });

  test('2. a judgment in the writer’s voice wins over checkable details', () => {
    expect(decided('The most effective force that defeated Daesh terrorists along the Iraqi-Syrian border as well as Iraq itself.')).toEqual({
      label: 'opinion',
      by: 'evaluative:The most effective',
    });
    expect(decided('The company will almost certainly go bankrupt within two years.').label).toBe('opinion');
  });

  test('2. "must" that describes a rule, and "will" with a date, are not the writer’s judgment', () => {
    expect(decided("Under the new rules, landlords must give tenants 90 days' notice.")).toEqual({ label: 'fact', by: 'checkable:90' });
    expect(decided('Students will sit the new exams for the first time in May.').label).toBe('fact');
    expect(decided('Mortgage rates will keep climbing well into next year.')).toEqual({ label: 'opinion', by: 'modal:will' });
  });

  test('3. otherwise a checkable statement is a fact, loaded words and all', () => {
    expect(decided('America assassinated Iranian Lieutenant General Qassem Soleimani in 2020.').label).toBe('fact');
    expect(cuesOf('America assassinated Iranian Lieutenant General Qassem Soleimani in 2020.', 'loaded')).toEqual(['assassinated']);
  });
});

describe('suggestLabel: superlatives', () => {
  test.each([
    'The country has the highest infant mortality in the developed world.',
    'It is the largest base in the region.',
    'Norway became the first country to ban petrol cars.',
    'Last year the state recorded 1,150 road deaths, the most since 2007.',
  ])('checkable superlative is a fact: %j', (statement) => {
    expect(suggestLabel(statement).label).toBe('fact');
  });

  test.each([
    'They are the most effective force in the country.',
    'This is the best policy for the city.',
    'He is the most talented player of his generation.',
    'Climate change is the greatest threat humanity has faced.',
  ])('judgment superlative is an opinion: %j', (statement) => {
    expect(suggestLabel(statement).label).toBe('opinion');
  });
});

describe('suggestLabel: no suggestion', () => {
  test('a statement without any cue', () => {
    expect(suggestLabel('The meeting went ahead as planned.')).toEqual({ label: null, cues: [], deciding: null });
  });

  test('a question that only introduces a section', () => {
    expect(suggestLabel('What happened at the talks?')).toMatchObject({ label: null, deciding: null });
    expect(suggestLabel('Has there been a rise in attacks on U.S. forces?')).toMatchObject({ label: null, deciding: null });
  });
});

describe('suggestLabel: cue offsets', () => {
  test('cues are sorted by start and point into the statement', () => {
    const statement = 'According to the PMU, the U.S. occupation is “shameful” and must end by 2025, it’s no secret.';
    const { cues, deciding } = suggestLabel(statement);
    expect(cues.map((cue) => cue.start)).toEqual([...cues.map((cue) => cue.start)].sort((a, b) => a - b));
    for (const cue of cues) expect(statement.slice(cue.start, cue.end)).toBe(cue.text);
    expect(cues.map((cue) => cue.kind)).toEqual(['attribution', 'checkable', 'checkable', 'loaded', 'evaluative', 'modal', 'checkable', 'framing']);
    expect(deciding).toEqual(cues[0]);
    expect(cues.find((cue) => cue.kind === 'loaded')?.pointsTo).toBe('opinion');
  });
});

describe('suggestLabel on the labelled set', () => {
  const set = statements as { text: string; label: Label }[];

  test('the set is large and balanced', () => {
    expect(set.length).toBeGreaterThanOrEqual(180);
    for (const label of LABELS) expect(set.filter((s) => s.label === label).length).toBeGreaterThanOrEqual(set.length / 4);
  });

  test('figures: claim precision ≥ 0.9 and macro-F1 ≥ 0.75', () => {
    const report = classificationReport(LABELS, set.map((s) => ({ actual: s.label, predicted: suggestLabel(s.text).label })));
    console.log(
      `suggester: claim precision ${report.perLabel.claim.precision.toFixed(2)}, macro-F1 ${report.macroF1.toFixed(2)}, ` +
        `n=${report.n}, no-suggestion ${report.abstained}`,
    );
    expect(report.perLabel.claim.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.75);
  });
});

/**
 * Written after the word lists. Its first run (macro-F1 0.84) exposed general rule gaps that were then fixed,
 * so it is no longer wholly unseen: write a fresh one before the next round of rule changes.
 */
describe('suggestLabel on the held-out set', () => {
  test('figures: claim precision ≥ 0.9 and macro-F1 ≥ 0.75', () => {
    const set = holdout as { text: string; label: Label }[];
    const report = classificationReport(LABELS, set.map((s) => ({ actual: s.label, predicted: suggestLabel(s.text).label })));
    console.log(
      `suggester (held-out): claim precision ${report.perLabel.claim.precision.toFixed(2)}, macro-F1 ${report.macroF1.toFixed(2)}, ` +
        `n=${report.n}, no-suggestion ${report.abstained}`,
    );
    expect(set.length).toBe(60);
    expect(report.perLabel.claim.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.75);
  });
});
