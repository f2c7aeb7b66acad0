import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useUnitPeople } from './api';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';
import type { Unit } from '../../app/types';
import { SectionError } from '../../components/SectionError';
import { fmt, useI18n } from '../../i18n';

/** The People tab of a unit's page: its accounts; administrators add and manage them. */
export function UnitPeopleSection({ unit, administer }: { unit: Unit; administer: boolean }) {
  const { t } = useI18n();
  const tp = t.people;
  const { message } = App.useApp();
  const people = useUnitPeople(unit.id);
  const [adding, setAdding] = useState(false);
  if (people.error) return <SectionError error={people.error} outOfScope={tp.outOfScope} />;
  return (
    <section aria-labelledby="unit-people">
      <div className="org-heading">
        <Typography.Title level={2} id="unit-people">
          {tp.label}
        </Typography.Title>
        {administer && !unit.validTo && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {tp.add}
          </Button>
        )}
      </div>
      {people.isPending ? <Skeleton active /> : <PeopleTable people={people.data ?? []} labelledBy="unit-people" administer={administer} />}
      {adding && (
        <PersonForm
          open
          unit={unit}
          onClose={() => setAdding(false)}
          onDone={(p) => {
            setAdding(false);
            void message.success(fmt(tp.created, { username: p.username }));
          }}
        />
      )}
    </section>
  );
}
