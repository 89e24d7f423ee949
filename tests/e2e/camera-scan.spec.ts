import { writeFileSync } from 'node:fs';
import { chromium, type Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { QuizPage } from './pages/quiz-page';
import { LearnerPage } from './pages/learner-page';
import { LABEL_NAMES, OPENING, readQuiz } from './seed';

const quiz = readQuiz(OPENING);

/** A still video for Chromium's fake camera: grey levels as a few frames of YUV 4:2:0 (chroma neutral). */
function y4mOf(luma: Buffer, width: number, height: number): Buffer {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}

/** The grey levels of an image as the page shows it, at its on-screen size (even width and height). */
async function lumaOf(image: Locator): Promise<{ luma: Buffer; width: number; height: number }> {
  const { base64, width, height } = await image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const border = 0;
    const side = Math.round(element.getBoundingClientRect().width / 2) * 2 + 2 * border;
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.drawImage(element, border, border, side - 2 * border, side - 2 * border);
    const { data } = context.getImageData(0, 0, side, side);
    const grey = new Uint8Array(side * side);
    for (let pixel = 0; pixel < grey.length; pixel++) grey[pixel] = Math.round(0.299 * data[pixel * 4]! + 0.587 * data[pixel * 4 + 1]! + 0.114 * data[pixel * 4 + 2]!);
    let binary = '';
    for (const byte of grey) binary += String.fromCharCode(byte);
    return { base64: btoa(binary), width: side, height: side };
  });
  return { luma: Buffer.from(base64, 'base64'), width, height };
}

test('the teacher’s device scans a learner’s QR code with its camera', async ({ page, baseURL }, testInfo) => {
  const quizPage = new QuizPage(page);
  await quizPage.openHome('Ana');
  await quizPage.openSet(quiz.title);
  await quizPage.start('Test');
  for (let index = 0; index < 3; index++) {
    await expect(quizPage.counter).toHaveText(`Statement ${index + 1} of ${quiz.items.length}`);
    await quizPage.answerInTest(LABEL_NAMES[quiz.items[index]!.label]);
  }
  const learner = new LearnerPage(page);
  await learner.openProgress();
  const { luma, width, height } = await lumaOf(await learner.showQrCodes());
  const video = testInfo.outputPath('qr.y4m');
  writeFileSync(video, y4mOf(luma, width, height));

  const browser = await chromium.launch({
    executablePath: chromiumPath() ?? undefined,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const teacherContext = await browser.newContext({ baseURL, locale: 'en-US', permissions: ['camera'] });
    const teacher = await teacherContext.newPage();
    const foreign: string[] = [];
    teacher.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '') && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
    });
    await teacher.goto('/class');
    await expect(teacher.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
    await new LearnerPage(teacher).unlockTeacher();
    await teacher.getByRole('button', { name: 'Start the camera' }).click();
    await expect(teacher.getByText('Added the results of Ana: 3 new answers added, 0 already here. Ready for the next learner.')).toBeVisible();
    await expect(teacher.getByRole('table', { name: 'Learners' }).getByRole('row', { name: /^Ana/ })).toContainText('3 of 3');
    await teacher.getByRole('button', { name: 'Stop the camera' }).click();
    await expect(teacher.getByRole('button', { name: 'Start the camera' })).toBeVisible();
    expect(foreign).toEqual([]);
  } finally {
    await browser.close();
  }
});
