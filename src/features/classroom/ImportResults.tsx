import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../common/database-context';
import { StorageMessage } from '../../common/StorageMessage';
import { importClassResults } from '../../db/results';
import { checkResultsText, type ResultsFile, type ResultsProblem } from '../../domain/results-format';
import { useResultsProblemText } from './results-problem-text';
import { useAllSets } from '../../common/use-sets';
import { keyLookup } from '../../common/label-lookup';
import { countMismatches } from '../../domain/class-table';

type FileReport = { name: string; ok: true; learner: string; answers: number; mismatches: number } | { name: string; ok: false; problem: ResultsProblem };

/** Many result files at once; a bad file is named and skipped, the good ones land together. */
export function ImportResults() {
  const { t } = useTranslation('classroom');
  const db = useDb();
  const problemText = useResultsProblemText();
  const keyOf = keyLookup(useAllSets());
  const [reports, setReports] = useState<FileReport[]>([]);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const good: ResultsFile[] = [];
    const found: FileReport[] = [];
    for (const file of files) {
      const check = checkResultsText(await file.text());
      if (check.ok) {
        good.push(check.results);
        found.push({ name: file.name, ok: true, learner: check.results.learner.name, answers: check.results.answers.length, mismatches: countMismatches(check.results, keyOf) });
      } else found.push({ name: file.name, ok: false, problem: check.problem });
    }
    setReports(found);
    setSummary('');
    if (good.length === 0) return;
    try {
      const count = await importClassResults(db, good);
      setSummary(t('import.summary', { added: t('import.added', { count: count.added }), already: t('import.already', { count: count.alreadyThere }) }));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <label className="learner-field">
        <span>{t('import.choose')}</span>
        <input type="file" accept=".json,application/json" multiple onChange={(event) => void read(event)} />
      </label>
      <div role="status">
        {summary ? <p>{summary}</p> : null}
        {reports.length ? (
          <ul className="file-reports">
            {reports.map((report, index) => (
              <li key={`${report.name}-${index}`} className={report.ok ? 'is-ok' : 'is-refused'}>
                {report.ok
                  ? t('import.fileOk', { file: report.name, learner: report.learner, count: report.answers })
                  : t('import.fileRefused', { file: report.name, problem: problemText(report.problem) })}
                {report.ok && report.mismatches ? <strong className="key-mismatch"> {t('import.mismatch', { count: report.mismatches })}</strong> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {error ? <StorageMessage error={error} onDismiss={() => setError(null)} /> : null}
    </section>
  );
}
