import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Select, Skeleton, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useNationalProvinces, useSetUpProvince } from './api';
import { DiffView } from './NationalLoaderPage';
import { useCurrentUser } from '../../app/queries';
import { ButtonLink } from '../../components/ButtonLink';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { foldDiacritics } from '../../components/textSearch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './organisation.css';

/**
 * How an installation starts: a province (its PROVINCE unit, official name and code) and all its communes
 * from the national list, in one step. Admins: any province not in the tree yet; a province administrator:
 * their own, while it does not exist (the unit code is the one their account names).
 */
export default function ProvinceSetupPage() {
  const { t, lang } = useI18n();
  const ts = t.organisation.setup;
  useDocumentTitle(ts.title);
  const { modal } = App.useApp();
  const me = useCurrentUser();
  const setup = useSetUpProvince();
  // once the province exists the account may not set one up any more: the result stays on the page
  const allowed = !!me.data?.permissions.canSetUpProvince || !!setup.data?.unit;
  const globalAdmin = !!me.data?.roles.includes('admin');
  const provinces = useNationalProvinces(allowed);
  const [provinceCode, setProvinceCode] = useState<string | undefined>();
  const [unitCode, setUnitCode] = useState('');

  if (me.isPending) return <Skeleton active />;
  const heading = <Typography.Title level={1}>{ts.title}</Typography.Title>;
  const back = (
    <Typography.Paragraph>
      <Link to="/organisation">{t.organisation.title}</Link>
    </Typography.Paragraph>
  );
  if (!allowed) {
    return (
      <>
        {heading}
        <Alert type="info" showIcon title={ts.notAllowed} style={{ marginBottom: 16 }} />
        {back}
      </>
    );
  }

  const options = (provinces.data ?? []).map((p) => ({
    value: p.code,
    label: fmt(t.organisation.national.provinceOption, { name: p.name, code: p.code, count: formatNumber(p.communeCount, lang) }),
    search: foldDiacritics(`${p.name} ${p.code}`),
  }));
  const result = setup.data;
  const error = setup.error instanceof ApiError ? setup.error.problem : setup.error ? { status: 0 } : null;
  const run = (dryRun: boolean) => {
    if (!provinceCode) return;
    setup.mutate({ provinceCode, unitCode: globalAdmin ? unitCode.trim() || undefined : undefined, dryRun });
  };
  const count = (n: number) => formatNumber(n, lang);
  const apply = () => {
    if (!result) return;
    const vars = { province: result.communes.provinceName, count: count(result.communes.new.length), code: result.code };
    modal.confirm({
      title: fmt(ts.confirmTitle, vars),
      content: fmt(ts.confirmText, vars),
      okText: fmt(ts.apply, vars),
      cancelText: t.common.cancel,
      onOk: () => run(false),
    });
  };
  const changed = () => setup.reset();
  const previewing = setup.isPending && setup.variables?.dryRun === true;
  const creating = setup.isPending && setup.variables?.dryRun === false;

  return (
    <>
      {heading}
      <Typography.Paragraph>{ts.intro}</Typography.Paragraph>
      {back}
      <Steps
        aria-label={ts.steps}
        size="small"
        current={!result ? 0 : result.unit ? 2 : 1}
        items={[{ title: t.organisation.national.stepPick }, { title: t.organisation.national.stepPreview }, { title: ts.stepCreate }]}
        style={{ marginBottom: 24 }}
      />
      <Form layout="vertical" component="div" style={{ maxWidth: 560 }}>
        <Form.Item label={t.organisation.national.nationalProvince} htmlFor="setup-province" required>
          <Select
            id="setup-province"
            showSearch={{ filterOption: (input, option) => !!option?.search.includes(foldDiacritics(input)) }}
            placeholder={ts.pickProvince}
            loading={provinces.isPending}
            value={provinceCode}
            disabled={!!result?.unit}
            onChange={(v: string) => {
              setProvinceCode(v);
              changed();
            }}
            options={options}
          />
        </Form.Item>
        {globalAdmin ? (
          <Form.Item label={ts.unitCode} htmlFor="setup-unit-code" extra={ts.unitCodeHelp}>
            <Input
              id="setup-unit-code"
              value={unitCode}
              maxLength={64}
              placeholder={provinceCode ? `VN-${provinceCode}` : 'VN-…'}
              disabled={!!result?.unit}
              onChange={(e) => {
                setUnitCode(e.target.value);
                changed();
              }}
            />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{ts.accountCode}</Typography.Paragraph>
        )}
        {!result?.unit && (
          <Space wrap>
            <Button icon={<EyeOutlined aria-hidden />} disabled={!provinceCode} loading={previewing} onClick={() => run(true)}>
              {t.organisation.national.preview}
            </Button>
            {result && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} loading={creating} onClick={apply}>
                {fmt(ts.apply, { count: count(result.communes.new.length) })}
              </Button>
            )}
          </Space>
        )}
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ProblemAlert problem={error} />
        {result && !result.unit && (
          <Alert
            type="info"
            showIcon
            title={fmt(ts.previewNote, {
              province: result.communes.provinceName,
              code: result.code,
              count: count(result.communes.new.length),
            })}
            style={{ marginBottom: 16 }}
          />
        )}
        {result?.unit && (
          <Alert
            type="success"
            showIcon
            title={fmt(ts.created, { unit: result.unit.name, count: count(result.communes.created) })}
            action={<ButtonLink to={`/organisation/units/${result.unit.id}`}>{ts.open}</ButtonLink>}
            style={{ marginBottom: 16 }}
          />
        )}
      </div>
      {result && <DiffView diff={result.communes} />}
    </>
  );
}
