import { useTranslation } from 'react-i18next';
import { ImportResults } from './ImportResults';
import { QrScanner } from './QrScanner';
import { ClassTableView } from './ClassTableView';
import { CheckUpResults } from './CheckUpResults';
import { DeviceBackup } from './DeviceBackup';
import { TeacherGate } from '../../common/TeacherGate';
import './classroom.css';

/** The teacher's device: gather results from files and QR codes, see what the class gets wrong and what the check-ups show, back up the device. */
export function ClassroomScreen() {
  const { t } = useTranslation('classroom');
  return (
    <section aria-labelledby="class-title" className="classroom">
      <h1 id="class-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <TeacherGate>
        <ImportResults />
        <QrScanner />
        <ClassTableView />
        <CheckUpResults />
        <DeviceBackup />
      </TeacherGate>
    </section>
  );
}
