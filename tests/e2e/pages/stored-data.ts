import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface StoredAnswer {
  id: string;
  attemptId: string;
  position: number;
  chosen: 'fact' | 'claim' | 'opinion';
}

export interface StoredAttempt {
  id: string;
  position: number;
  finishedAt: number | null;
  items: unknown[];
}

/** Every record of every store, keyed by store name. */
export type Dump = Record<string, unknown[]>;

export interface KeptFigures {
  cards: string[];
  days: number;
  waiting: number;
}

interface StatementOf {
  profileId: string;
  setId: string;
  itemId: string;
}

const statementOf = ({ profileId, setId, itemId }: StatementOf) => `${profileId} ${setId} ${itemId}`;

const DATABASE = 'fact-claim-opinion';

/** Reads the app's IndexedDB directly, as a check independent of the app's own code. */
export class StoredData {
  constructor(readonly page: Page) {}

  /** Every record of every store, keyed by store name. */
  async dump(): Promise<Dump> {
    return this.page.evaluate(
      (name) =>
        new Promise<Record<string, unknown[]>>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const result: Record<string, unknown[]> = {};
            if (!names.length) {
              db.close();
              resolve(result);
              return;
            }
            const tx = db.transaction(names, 'readonly');
            for (const store of names) {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => {
                result[store] = request.result;
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(result);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      DATABASE,
    );
  }

  /** Each reader below takes a dump already read, so several checks of one moment read the database once. */
  async answersOf(attemptId: string, dump?: Dump): Promise<StoredAnswer[]> {
    const all = (dump ?? (await this.dump())).answers as StoredAnswer[] | undefined;
    return (all ?? []).filter((answer) => answer.attemptId === attemptId).sort((a, b) => a.position - b.position);
  }

  async attempt(attemptId: string, dump?: Dump): Promise<StoredAttempt | undefined> {
    const all = (dump ?? (await this.dump())).attempts as StoredAttempt[] | undefined;
    return all?.find((attempt) => attempt.id === attemptId);
  }

  /** What the kept aggregates count: answers per learner and statement (review cards), in all days (day tallies), and answers waiting to be folded. */
  async keptFigures(read?: Dump): Promise<KeptFigures> {
    const dump = read ?? (await this.dump());
    const cards = (dump.reviewCards ?? []) as (StatementOf & { answered: number })[];
    return {
      cards: cards.map((card) => `${statementOf(card)}: ${card.answered}`).sort(),
      days: ((dump.dayStats ?? []) as { answered: number }[]).reduce((sum, day) => sum + day.answered, 0),
      waiting: (dump.unfoldedAnswers ?? []).length,
    };
  }

  /** The same figures counted from the stored answers themselves (check-up answers count in neither). */
  async answerFigures(dump?: Dump): Promise<KeptFigures> {
    const answers = (((dump ?? (await this.dump())).answers ?? []) as (StatementOf & { mode: string })[]).filter((answer) => answer.mode !== 'check-up');
    const counts = new Map<string, number>();
    for (const answer of answers) counts.set(statementOf(answer), (counts.get(statementOf(answer)) ?? 0) + 1);
    return { cards: [...counts].map(([statement, count]) => `${statement}: ${count}`).sort(), days: answers.length, waiting: 0 };
  }

  /** Puts records straight into a store, in one transaction. */
  async put(store: string, records: unknown[]): Promise<void> {
    await this.page.evaluate(
      ({ name, store, records }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite');
            for (const record of records) tx.objectStore(store).put(record);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: DATABASE, store, records },
    );
  }

  /** From now on every add or put in this page fails as if the disk were full. */
  async failWritesWithQuotaExceeded(): Promise<void> {
    await this.page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = full;
      IDBObjectStore.prototype.put = full;
    });
  }
}

/** Ends the page's renderer at once, with no unload, as a crash or a killed tab would. */
export async function killPage(browser: Browser, page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Target.closeTarget', { targetId: targetInfo.targetId });
  await expect.poll(() => page.isClosed()).toBe(true);
  await cdp.detach();
}
