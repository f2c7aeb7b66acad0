import { Form, Input, Pagination, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { usePeople } from './api';
import { PeopleTable } from './PeopleTable';
import { SectionError } from '../../components/SectionError';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n';

const SIZE = 20;

/** Every account the administrator administers, filtered by login, names or e-mail. */
export default function PeoplePage() {
  const { t } = useI18n();
  const tp = t.people;
  useDocumentTitle(tp.title);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  useEffect(() => {
    const h = setTimeout(() => {
      setQ(text.trim());
      setPage(0);
    }, 250);
    return () => clearTimeout(h);
  }, [text]);
  const people = usePeople(q, page, SIZE);
  return (
    <>
      <Typography.Title level={1} id="people-title">
        {tp.title}
      </Typography.Title>
      <Typography.Paragraph>{tp.pageIntro}</Typography.Paragraph>
      <Form layout="vertical" role="search" aria-label={tp.search} component="div">
        <Form.Item label={tp.search} htmlFor="people-search" extra={t.common.searchNoDiacritics}>
          <Input.Search id="people-search" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ maxWidth: 420 }} />
        </Form.Item>
      </Form>
      {people.error ? (
        <SectionError error={people.error} outOfScope={tp.outOfScope} />
      ) : (
        <>
          <PeopleTable people={people.data?.items ?? []} labelledBy="people-title" administer showUnit loading={people.isPending} />
          {(people.data?.total ?? 0) > SIZE && (
            <Pagination
              style={{ marginTop: 16 }}
              current={page + 1}
              pageSize={SIZE}
              total={people.data?.total ?? 0}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
    </>
  );
}
