import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import QRCode from 'qrcode';
import { useDb } from '../../app/database-context';
import { learnerResults } from '../../db/results';
import { useDeviceIdentity } from '../../app/use-device';
import type { ProfileRecord } from '../../db/records';
import { encodeQrPayload } from '../../domain/qr-payload';

/** The learner's latest answer to each statement of one set, as one QR code for the teacher's device. */
export function ResultQrCode({ profile, setId, setTitle }: { profile: ProfileRecord; setId: string; setTitle: string }) {
  const { t } = useTranslation('progress');
  const db = useDb();
  const device = useDeviceIdentity();
  const image = useLiveQuery(async () => {
    if (!device) return undefined;
    const results = await learnerResults(db, profile.id, device);
    const latest = new Map<string, (typeof results.answers)[number]>();
    for (const answer of results.answers) if (answer.setId === setId) latest.set(answer.itemId, answer);
    if (latest.size === 0) return null;
    const text = encodeQrPayload({ ...results, answers: [...latest.values()] }, setId);
    const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [db, profile.id, setId, device]);

  if (image === undefined) return <p role="status">{t('loading')}</p>;
  if (image === null) return <p>{t('qr.none')}</p>;
  return (
    <figure className="result-qr">
      <img src={image} alt={t('qr.alt', { name: profile.name, set: setTitle })} />
      <figcaption>{t('qr.caption')}</figcaption>
    </figure>
  );
}
