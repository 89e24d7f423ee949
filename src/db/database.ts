import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { AnswerRecord, AttemptRecord, ProfileRecord, SettingRecord, StoredQuizRecord, TeacherDraftRecord } from './records';
import type { ClassAnswerRecord, DayStatRecord, ReviewCardRecord, UnfoldedAnswerRecord } from './records';

export const DATABASE_NAME = 'fact-claim-opinion';

/**
 * One schema version: the tables it adds or changes (`null` deletes one) and, when records must change with it,
 * the upgrade that rewrites them inside Dexie's upgrade transaction. Opened in order, like migrations.
 */
export interface SchemaVersion {
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => PromiseLike<unknown> | void;
}

/** Every released version stays listed here; a change adds a version, never edits one. */
export const SCHEMA_VERSIONS: Readonly<Record<number, SchemaVersion>> = {
  1: {
    stores: {
      answers: 'id, &[attemptId+position], [profileId+setId], [profileId+answeredAt], [profileId+setId+itemId]',
      attempts: 'id, [profileId+setId], profileId',
      profiles: 'id',
      settings: 'key',
      quizSets: 'id',
      reviewCards: '[profileId+setId+itemId], [profileId+reviewDue], profileId',
      dayStats: '[profileId+day], profileId',
      classAnswers: 'id, learnerKey, setId',
      teacherDrafts: 'id',
    },
  },
  /** The newest attempt of a learner in a set, found without reading the others (Home's Continue). */
  2: {
    stores: { attempts: 'id, [profileId+setId], profileId, [profileId+setId+startedAt]' },
  },
  /** Answers stored but not yet folded into their review card and day tally (the answer's follow-up, or the start-up repair, folds them). */
  3: {
    stores: { unfoldedAnswers: 'id' },
  },
};

export const LATEST_SCHEMA_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

/** Declares each version up to `upTo` on the database, oldest first, with its upgrade. */
export function declareSchema(database: Dexie, versions: Readonly<Record<number, SchemaVersion>>, upTo = Infinity): void {
  for (const [number, { stores, upgrade }] of Object.entries(versions).sort(([a], [b]) => Number(a) - Number(b))) {
    if (Number(number) > upTo) break;
    const version = database.version(Number(number)).stores(stores);
    if (upgrade) version.upgrade(upgrade);
  }
}

export class FcoDatabase extends Dexie {
  answers!: EntityTable<AnswerRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  profiles!: EntityTable<ProfileRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  quizSets!: EntityTable<StoredQuizRecord, 'id'>;
  teacherDrafts!: EntityTable<TeacherDraftRecord, 'id'>;
  reviewCards!: Table<ReviewCardRecord, [string, string, string]>;
  dayStats!: Table<DayStatRecord, [string, string]>;
  unfoldedAnswers!: EntityTable<UnfoldedAnswerRecord, 'id'>;
  classAnswers!: EntityTable<ClassAnswerRecord, 'id'>;

  /** `schemaVersion` opens the database as that released version did (the upgrade test writes old data with it). */
  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1], schemaVersion = LATEST_SCHEMA_VERSION) {
    // No durability hint: forcing 'relaxed' or 'strict' moved answer → feedback by less than this machine's noise in
    // on-disk profiles (bench/answer-durability.ts), and Chromium's default is already 'relaxed' since version 121.
    super(name, options);
    declareSchema(this, SCHEMA_VERSIONS, schemaVersion);
  }
}
