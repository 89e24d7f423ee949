import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { useDb } from '../../common/database-context';
import { learnerResults, markShared } from '../../db/results';
import { useDeviceIdentity } from '../../common/use-device';
import type { ProfileRecord } from '../../db/records';
import { encodeQrSeries } from '../../domain/qr-payload';

type Codes = { images: string[]; upTo: Record<string, number> } | 'failed' | undefined;

/** Every answer of the chosen sets as a numbered series of small QR codes, shown one at a time. Never throws: a failure says so. */
export function ResultQrCode({ profile, setIds }: { profile: ProfileRecord; setIds: string[] }) {
  const { t } = useTranslation('progress');
  const db = useDb();
  const device = useDeviceIdentity();
  const [codes, setCodes] = useState<Codes>();
  const [index, setIndex] = useState(0);
  const [shared, setShared] = useState(false);
  const key = setIds.join('\u0000');

  useEffect(() => {
    if (!device) return;
    let live = true;
    setCodes(undefined);
    setIndex(0);
    setShared(false);
    (async () => {
      const results = await learnerResults(db, profile.id, device);
      const upTo: Record<string, number> = {};
      for (const answer of results.answers) if (setIds.includes(answer.setId)) upTo[answer.setId] = Math.max(upTo[answer.setId] ?? 0, answer.answeredAt);
      const texts = encodeQrSeries(results, setIds);
      const images = await Promise.all(
        texts.map(async (text) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }))}`),
      );
      return { images, upTo };
    })().then(
      (made) => live && setCodes(made),
      () => live && setCodes('failed'),
    );
    return () => {
      live = false;
    };
  }, [db, profile.id, device, key]);

  if (codes === undefined) return <p role="status">{t('loading')}</p>;
  if (codes === 'failed') return <p role="alert">{t('qr.failed')}</p>;
  const count = codes.images.length;
  return (
    <figure className="result-qr">
      <img src={codes.images[index]} alt={t('qr.alt', { name: profile.name, number: index + 1, count })} />
      <figcaption>
        <strong>{t('qr.number', { number: index + 1, count })}</strong> {count > 1 ? t('qr.captionSeries') : t('qr.caption')}
      </figcaption>
      <div className="actions">
        {count > 1 ? (
          <>
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t('qr.previous')}
            </button>
            <button type="button" disabled={index === count - 1} onClick={() => setIndex(index + 1)}>
              {t('qr.next')}
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => markShared(db, profile.id, codes.upTo).then(() => setShared(true), () => setCodes('failed'))}>
          {t('qr.scanned')}
        </button>
      </div>
      <p role="status">{shared ? t('qr.markedShared') : ''}</p>
    </figure>
  );
}
