import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../common/database-context';
import { useAllSets } from '../../common/use-sets';
import { keyLookup } from '../../common/label-lookup';
import { importClassResults } from '../../db/results';
import { countMismatches } from '../../domain/class-table';
import { QrSeriesCollector } from '../../domain/qr-payload';
import { useResultsProblemText } from './results-problem-text';
import { createQrReader } from './qr-reader';

/** Scans one learner's codes after another with the camera, in any order; a saved picture of a code works too. */
export function QrScanner() {
  const { t } = useTranslation('classroom');
  const db = useDb();
  const keyOf = keyLookup(useAllSets());
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const problemText = useResultsProblemText();
  const collector = useRef(new QrSeriesCollector());
  const lastText = useRef('');
  const [scanning, setScanning] = useState(false);
  const [message, setMessage] = useState('');

  const accept = async (text: string) => {
    if (text === lastText.current) return;
    lastText.current = text;
    const outcome = collector.current.add(text);
    if (outcome.kind === 'refused') {
      setMessage(t('scan.refused', { problem: problemText(outcome.problem) }));
      return;
    }
    if (outcome.kind === 'part') {
      setMessage(t('scan.part', { have: outcome.have, count: outcome.count }));
      return;
    }
    if (!outcome.check.ok) {
      setMessage(t('scan.refused', { problem: problemText(outcome.check.problem) }));
      return;
    }
    const results = outcome.check.results;
    try {
      const count = await importClassResults(db, [results]);
      const mismatches = countMismatches(results, keyOf);
      setMessage(
        [
          t('scan.added', { learner: results.learner.name, added: t('import.added', { count: count.added }), already: t('import.already', { count: count.alreadyThere }) }),
          mismatches ? t('import.mismatch', { count: mismatches }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch {
      setMessage(t('scan.storageFailed'));
    }
  };

  const stop = () => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setScanning(false);
  };

  useEffect(() => {
    const element = video.current;
    if (!scanning || !element) return;
    element.srcObject = stream.current;
    void element.play();
    const read = createQrReader();
    let frame = 0;
    let busy = false;
    const tick = () => {
      if (!busy && element.readyState >= 2) {
        busy = true;
        void read(element)
          .then((text) => (text ? accept(text) : undefined))
          .finally(() => {
            busy = false;
          });
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [scanning]);

  useEffect(() => stop, []);

  const start = async () => {
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      stream.current = media;
      setScanning(true);
      setMessage(t('scan.waiting'));
    } catch {
      setMessage(t('scan.noCamera'));
    }
  };

  const readPictures = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      lastText.current = '';
      try {
        const text = await createQrReader()(await createImageBitmap(file));
        if (text) await accept(text);
        else setMessage(t('scan.noCode'));
      } catch {
        setMessage(t('scan.noCode'));
      }
    }
  };

  return (
    <section aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scan.title')}</h2>
      <p>{t('scan.intro')}</p>
      <div className="actions">
        {scanning ? (
          <button type="button" onClick={stop}>
            {t('scan.stop')}
          </button>
        ) : (
          <button type="button" onClick={() => void start()}>
            {t('scan.start')}
          </button>
        )}
      </div>
      {scanning ? <video ref={video} className="scanner-video" muted playsInline aria-label={t('scan.camera')} /> : null}
      <label className="learner-field">
        <span>{t('scan.picture')}</span>
        <input type="file" accept="image/*" multiple onChange={(event) => void readPictures(event)} />
      </label>
      <p role="status">{message}</p>
    </section>
  );
}
