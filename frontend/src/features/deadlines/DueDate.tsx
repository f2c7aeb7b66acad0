import { CalendarOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { DateText } from '../../components/DateText';
import { useI18n } from '../../i18n';

/**
 * A due date as dd/MM/yyyy; when it falls on a weekend or a holiday a marker says so in words
 * ("Ngày nghỉ"), with the reason on hover and for screen readers; a note (day 31 in a 30-day month)
 * follows on its own line.
 */
export function DueDate({ dueOn, workingDay, note }: { dueOn: string; workingDay: boolean; note?: string | null }) {
  const { t } = useI18n();
  return (
    <span className="due-date">
      <DateText value={dueOn} />
      {!workingDay && (
        <Tooltip title={t.deadlines.nonWorkingDayHint}>
          <span className="non-working-day">
            <CalendarOutlined aria-hidden /> {t.deadlines.nonWorkingDay}
            <span className="visually-hidden">: {t.deadlines.nonWorkingDayHint}</span>
          </span>
        </Tooltip>
      )}
      {note && <span className="due-note">{note}</span>}
    </span>
  );
}
