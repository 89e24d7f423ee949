import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'gift-pegjs';
import { test, expect } from './fixtures';
import { TeacherPage } from './pages/teacher-page';
import { LearnerPage } from './pages/learner-page';
import { QuizPage } from './pages/quiz-page';
import { StoredData } from './pages/stored-data';

const ARTICLE = [
  'The bridge over the river opened in 1932 after six years of work.',
  'According to the mayor, the bridge is safe for heavy lorries.',
  'It is the most beautiful bridge in the whole country.',
].join(' ');

const DETAILS = {
  title: 'The river bridge',
  description: 'Three statements about a bridge: one fact, one attributed claim, one opinion.',
  sourceTitle: 'A bridge turns ninety',
  publisher: 'Test Press',
  date: '2022-05-01',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

const KEY = [
  { sentence: 1, label: 'Fact', explanation: 'Checkable: the opening year can be looked up in city records.' },
  { sentence: 2, label: 'Attributed claim', explanation: 'The frame "According to the mayor" reports what a source says.' },
  { sentence: 3, label: 'Opinion', explanation: 'A judgment in the writer\'s own voice: "most beautiful".' },
] as const;

async function writeSet(teacher: TeacherPage) {
  await teacher.openLibrary();
  await teacher.newSet();
  await teacher.pasteArticle(ARTICLE);
  await expect(teacher.page.getByRole('heading', { name: '3 sentences' })).toBeVisible();
  for (const [index, entry] of KEY.entries()) {
    await teacher.makeStatementFromSentence(entry.sentence);
    await expect(teacher.statement(index + 1).getByText(/^(Suggestion: .+|No suggestion: .+)$/)).toBeVisible();
    await teacher.label(index + 1, entry.label);
    await teacher.explain(index + 1, entry.explanation);
  }
  await expect(teacher.checkSummary).toContainText(/problems? to fix/);
  await teacher.describeSet(DETAILS);
  await expect(teacher.checkSummary).toContainText('The set passes every check.');
  await teacher.waitUntilSaved();
}

test('a teacher writes a set from a pasted article, previews it, exports it and imports it back', async ({ page }) => {
  const teacher = new TeacherPage(page);
  await writeSet(teacher);

  // A reload keeps everything typed; it locks teacher actions again, so the editor asks for the PIN first.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Editing sets needs the teacher PIN' })).toBeVisible();
  await expect(page.getByLabel('Explanation of statement 3'), 'nothing of the set shows before the PIN').toHaveCount(0);
  await new LearnerPage(page).unlockTeacher();
  await expect(teacher.statement(3).getByLabel('Explanation of statement 3')).toHaveValue(KEY[2].explanation);

  await page.getByRole('link', { name: 'Preview as a student' }).click();
  await expect(page.getByText('Preview — answers here are not stored')).toBeVisible();
  const preview = new QuizPage(page);
  await expect(preview.counter).toHaveText('Statement 1 of 3');
  await expect(preview.markedStatement()).toHaveText('The bridge over the river opened in 1932 after six years of work.');
  await preview.answer('Opinion');
  await expect(page.getByText('Not quite — this is a fact')).toBeVisible();
  await expect(page.getByText(KEY[0].explanation)).toBeVisible();
  await preview.next();
  await preview.answer('Attributed claim');
  await expect(page.getByText('Correct', { exact: true })).toBeVisible();
  const stored = new StoredData(page);
  const data = await stored.dump();
  expect(data.answers ?? [], 'the preview stores no answers').toEqual([]);
  expect(data.attempts ?? [], 'the preview stores no attempts').toEqual([]);

  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await teacher.backToLibrary();
  const exported = await teacher.download(DETAILS.title, 'Export as quiz file (JSON)');
  // The id follows the title: it names the exported file and the GIFT category.
  expect(exported.name).toBe('the-river-bridge.json');
  const json = JSON.parse(exported.text);
  const validate = new Ajv({ allErrors: true, strict: false, formats: { uri: /^https?:\/\//i } }).compile(JSON.parse(readFileSync('quizzes/quiz.schema.json', 'utf8')));
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  expect(json.items.map((item: { label: string }) => item.label)).toEqual(['fact', 'claim', 'opinion']);
  expect(json.source).toMatchObject({ title: DETAILS.sourceTitle, publisher: DETAILS.publisher, licence: { name: DETAILS.licence } });

  const gift = await teacher.download(DETAILS.title, 'Export for Moodle (GIFT)');
  expect(gift.name).toBe('the-river-bridge.gift.txt');
  expect(gift.text).toContain('$CATEGORY: the-river-bridge');
  const questions = parse(gift.text).filter((question) => question.type === 'MC') as unknown as { choices: { isCorrect: boolean; text: { text: string } }[] }[];
  expect(questions.map((question) => question.choices.find((choice) => choice.isCorrect)?.text.text)).toEqual(KEY.map((entry) => entry.label));

  await teacher.deleteSet(DETAILS.title);
  await expect(teacher.ownSet(DETAILS.title)).toHaveCount(0);
  await teacher.importFiles([{ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) }]);
  await expect(page.getByText(`${exported.name}: “${DETAILS.title}” was imported.`)).toBeVisible();
  await expect(teacher.ownSet(DETAILS.title)).toBeVisible();

  // The imported set is one a student can play.
  const student = new QuizPage(page);
  await student.openHome();
  await student.openSet(DETAILS.title);
});

test('the import area reads its one control once, and after "Make a statement" the new statement is focused and in view', async ({ page }) => {
  const teacher = new TeacherPage(page);
  await teacher.openLibrary();
  const snapshot = await page.getByRole('region', { name: 'Import quiz files' }).ariaSnapshot();
  expect(snapshot.match(/Choose quiz files/g) ?? []).toHaveLength(1);
  expect(snapshot).not.toMatch(/Choose Files|No file chosen/);
  await teacher.newSet();
  await teacher.pasteArticle(ARTICLE);
  await teacher.makeStatementFromSentence(2);
  const text = teacher.statement(1).getByLabel('Text of statement 1');
  await expect(text).toBeFocused();
  await expect(text).toBeInViewport();
  // Not hidden under the sticky bar with Undo and Preview.
  const bar = await page.locator('.editor-bar').boundingBox();
  const heading = await teacher.statement(1).getByRole('heading', { name: 'Statement 1' }).boundingBox();
  expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
});

test('a broken file is refused with its located problems, and nothing of it is stored', async ({ page }) => {
  const teacher = new TeacherPage(page);
  await teacher.openLibrary();
  const good = JSON.parse(readFileSync('quizzes/al-bukamal-1-opening.json', 'utf8'));
  const broken = { ...good, id: 'broken-copy', items: good.items.map((item: object, index: number) => (index === 6 ? { ...item, label: 'fakt' } : item)) };
  await teacher.importFiles([{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) }]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json was refused, nothing of it was stored. 1 problem:');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Statement 7 has the label "fakt", which is not a label: choose Fact (“fact”), Attributed claim (“claim”) or Opinion (“opinion”). (in the file: items[6].label)',
  ]);
  await expect(page.getByText('You have no sets of your own yet.')).toBeVisible();
  const data = await new StoredData(page).dump();
  expect(data.quizSets ?? []).toEqual([]);
  expect(data.teacherDrafts ?? []).toEqual([]);
});

test('the worksheet prints statements with tick boxes, then the answer key on its own page, without the app header', async ({ page }) => {
  const teacher = new TeacherPage(page);
  await writeSet(teacher);
  await teacher.backToLibrary();
  await teacher.ownSet(DETAILS.title).getByRole('link', { name: 'Printable worksheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DETAILS.title })).toBeVisible();
  await expect(page.getByRole('list', { name: /^Statement \d: tick one$/ })).toHaveCount(3);
  // One passage, shown once, for the three statements.
  await expect(page.locator('.worksheet-passage')).toHaveCount(1);
  const key = page.getByRole('region', { name: `Answer key: ${DETAILS.title}` });
  await expect(key.getByRole('listitem')).toHaveCount(3);
  await expect(key).toContainText(KEY[1].explanation);
  await expect(page.getByText(`Source: “${DETAILS.sourceTitle}”, ${DETAILS.publisher}`).first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
});
