import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AnswerRecord, AttemptRecord, ProfileRecord, SettingRecord, StoredQuizRecord, TeacherDraftRecord } from './records';
import type { ClassAnswerRecord, DayStatRecord, ReviewCardRecord } from './records';

export const DATABASE_NAME = 'fact-claim-opinion';

/** Every released version stays listed here; a change adds a version, never edits one. */
export const SCHEMA_VERSIONS = {
  1: {
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
  /** The newest attempt of a learner in a set, found without reading the others (Home's Continue). */
  2: {
    attempts: 'id, [profileId+setId], profileId, [profileId+setId+startedAt]',
  },
} as const;

export class FcoDatabase extends Dexie {
  answers!: EntityTable<AnswerRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  profiles!: EntityTable<ProfileRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  quizSets!: EntityTable<StoredQuizRecord, 'id'>;
  teacherDrafts!: EntityTable<TeacherDraftRecord, 'id'>;
  reviewCards!: Table<ReviewCardRecord, [string, string, string]>;
  dayStats!: Table<DayStatRecord, [string, string]>;
  classAnswers!: EntityTable<ClassAnswerRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Relaxed: a write counts as done once the browser has handed it to the system, not after a disk flush. A crashed
    // tab or browser keeps it; only a power cut in that instant could lose the last answer. Strict waits for a flush.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]);
  }
}
