import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { ClassAnswerRecord } from './records';
import { statementKey } from '../domain/statement-key';
import { newId } from './ids';
import { RESULTS_FORMAT, RESULTS_VERSION, type ResultsFile } from '../domain/results-format';

const DEVICE_ID_KEY = 'deviceId';
const DEVICE_NAME_KEY = 'deviceName';

export interface DeviceIdentity {
  id: string;
  name: string;
}

/** A name for a device not named yet, in the interface language, from a short code of its id. */
export type DefaultDeviceName = (code: string) => string;

/** This device's id and name, created on first use so result files from two tablets never mix learners. */
export async function deviceIdentity(db: FcoDatabase, defaultName: DefaultDeviceName): Promise<DeviceIdentity> {
  return db.transaction('rw', db.settings, async () => {
    let id = (await db.settings.get(DEVICE_ID_KEY))?.value;
    if (!id) {
      id = newId();
      await db.settings.put({ key: DEVICE_ID_KEY, value: id });
    }
    let name = (await db.settings.get(DEVICE_NAME_KEY))?.value;
    if (!name) {
      name = defaultName(id.slice(0, 4).toUpperCase());
      await db.settings.put({ key: DEVICE_NAME_KEY, value: name });
    }
    return { id, name };
  });
}

export async function setDeviceName(db: FcoDatabase, name: string): Promise<void> {
  const clean = name.trim().slice(0, 80);
  if (!clean) throw new Error('a device name must not be empty');
  await db.transaction('rw', db.settings, () => db.settings.put({ key: DEVICE_NAME_KEY, value: clean }));
}

/** This device's id and name if already set; read-only, so live queries may call it. */
export async function readDeviceIdentity(db: FcoDatabase): Promise<DeviceIdentity | null> {
  const [id, name] = await db.transaction('r', db.settings, () => Promise.all([db.settings.get(DEVICE_ID_KEY), db.settings.get(DEVICE_NAME_KEY)]));
  return id && name ? { id: id.value, name: name.value } : null;
}

/** Every answer of one learner, oldest first, as a result file. */
export async function exportLearnerResults(db: FcoDatabase, profileId: string, defaultName: DefaultDeviceName, now = Date.now()): Promise<ResultsFile> {
  return learnerResults(db, profileId, await deviceIdentity(db, defaultName), now);
}

/** The same as exportLearnerResults, read-only, for a device whose identity is known. */
export async function learnerResults(db: FcoDatabase, profileId: string, device: DeviceIdentity, now = Date.now()): Promise<ResultsFile> {
  return db.transaction('r', db.profiles, db.answers, async () => {
    const profile = await db.profiles.get(profileId);
    if (!profile) throw new Error(`no profile ${profileId}`);
    const answers = await db.answers.where('[profileId+answeredAt]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).toArray();
    return {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      exportedAt: now,
      device,
      learner: { id: profile.id, name: profile.name },
      // Check-up answers travel with their mode; the results format names it (issue 15, the class side).
      answers: answers.map(({ id, setId, itemId, chosen, correct, mode, answeredAt }) => ({ id, setId, itemId, chosen, correct, mode: mode as ResultsFile['answers'][number]['mode'], answeredAt })),
    };
  });
}

export interface ImportCount {
  added: number;
  alreadyThere: number;
}

/** One answer however it travelled: a file keeps the answer's id and milliseconds, a QR code neither (its times are to the second). */
const sameAnswer = (answer: Pick<ClassAnswerRecord, 'learnerKey' | 'setId' | 'itemId' | 'answeredAt'>) =>
  `${answer.learnerKey}\u0000${statementKey(answer.setId, answer.itemId)}\u0000${Math.floor(answer.answeredAt / 1000)}`;

/**
 * Adds checked result files to the class view in one transaction. An answer already there, by id or by learner,
 * statement and time (the same answer from a file and from a QR code), is counted once.
 */
export async function importClassResults(db: FcoDatabase, files: readonly ResultsFile[]): Promise<ImportCount> {
  const records = new Map<string, ClassAnswerRecord>();
  for (const file of files) {
    for (const answer of file.answers) {
      const record: ClassAnswerRecord = {
        id: answer.id,
        learnerKey: `${file.device.id}/${file.learner.id}`,
        learnerName: file.learner.name,
        deviceName: file.device.name,
        setId: answer.setId,
        itemId: answer.itemId,
        chosen: answer.chosen,
        correct: answer.correct,
        mode: answer.mode,
        answeredAt: answer.answeredAt,
      };
      records.set(sameAnswer(record), record);
    }
  }
  return db.transaction('rw', db.classAnswers, async () => {
    const learnerKeys = [...new Set([...records.values()].map((record) => record.learnerKey))];
    const existing = await db.classAnswers.where('learnerKey').anyOf(learnerKeys).toArray();
    const known = new Set([...existing.map((record) => record.id), ...existing.map(sameAnswer)]);
    const fresh = [...records.entries()].filter(([same, record]) => !known.has(same) && !known.has(record.id)).map(([, record]) => record);
    await db.classAnswers.bulkAdd(fresh);
    return { added: fresh.length, alreadyThere: records.size - fresh.length };
  });
}

/** Every answer gathered from the class's result files and QR codes. */
export function listClassAnswers(db: FcoDatabase): Promise<ClassAnswerRecord[]> {
  return db.classAnswers.toArray();
}

export async function clearClassResults(db: FcoDatabase): Promise<void> {
  await db.transaction('rw', db.classAnswers, () => db.classAnswers.clear());
}

const sharedKey = (profileId: string) => `sharedUpTo:${profileId}`;

/** Per set, the time of the newest answer this learner has already shown to the teacher as a QR code. */
export async function readSharedUpTo(db: FcoDatabase, profileId: string): Promise<Record<string, number>> {
  const row = await db.settings.get(sharedKey(profileId));
  try {
    return row ? (JSON.parse(row.value) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Remembers that the answers of these sets, up to the given times, reached the teacher. */
export async function markShared(db: FcoDatabase, profileId: string, upTo: Record<string, number>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const before = await readSharedUpTo(db, profileId);
    await db.settings.put({ key: sharedKey(profileId), value: JSON.stringify({ ...before, ...upTo }) });
  });
}

/** Per set, the time of this learner's newest answer in it: for check-up sets, which keep no review cards to say so. */
export async function newestAnswerIn(db: FcoDatabase, profileId: string, setIds: readonly string[]): Promise<Map<string, number>> {
  return db.transaction('r', db.answers, async () => {
    const newest = await Promise.all(
      setIds.map(async (setId) => [setId, Math.max(...(await db.answers.where('[profileId+setId]').equals([profileId, setId]).toArray()).map((answer) => answer.answeredAt))] as const),
    );
    return new Map(newest.filter(([, time]) => Number.isFinite(time)));
  });
}
