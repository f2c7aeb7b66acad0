import { CloudDownloadOutlined, EyeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Form,
  Select,
  Skeleton,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLoadNationalCommunes, useNationalProvinces } from './api';
import { mayLoadNationalList } from './OrganisationPage';
import type { NationalCommune, NationalCommuneDiff, NationalNameMatch, NationalRenamed } from './types';
import { unitsOfKind } from './unitTree';
import { useCurrentUser, useUnitTree } from '../../app/queries';
import type { UnitRef } from '../../app/types';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { foldDiacritics } from '../../components/textSearch';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './organisation.css';

const PAGE = { pageSize: 10, showSizeChanger: false, hideOnSinglePage: true } as const;

/** The difference between the national list and the tree: the counts, then each list in a panel. */
export function DiffView({ diff }: { diff: NationalCommuneDiff }) {
  const { t, lang } = useI18n();
  const tn = t.organisation.national;
  const n = (x: number) => formatNumber(x, lang);

  const communeColumns: TableProps<NationalCommune>['columns'] = [
    { title: tn.col.officialCode, dataIndex: 'code', key: 'code', width: 140 },
    { title: tn.col.officialName, dataIndex: 'name', key: 'name' },
    { title: tn.col.kind, key: 'kind', width: 120, render: (_: unknown, c) => tn.nationalKind[c.kind] },
  ];
  const linkedColumns: TableProps<NationalRenamed | NationalNameMatch>['columns'] = [
    { title: tn.col.unit, key: 'unit', render: (_: unknown, r) => <UnitLink unit={r.unit} /> },
    { title: tn.col.officialCode, dataIndex: 'officialCode', key: 'officialCode', width: 140 },
    { title: tn.col.officialName, dataIndex: 'officialName', key: 'officialName' },
  ];
  const missingColumns: TableProps<UnitRef>['columns'] = [
    { title: tn.col.unit, key: 'unit', render: (_: unknown, u) => <UnitLink unit={u} /> },
    { title: tn.col.code, dataIndex: 'code', key: 'code', width: 160 },
  ];
  const panel = <T extends object>(
    key: string,
    label: string,
    explain: string,
    rows: T[],
    columns: TableProps<T>['columns'],
    rowKey: (r: T) => string,
  ) => ({
    key,
    label: `${label} (${n(rows.length)})`,
    children: (
      <>
        <Typography.Paragraph type="secondary">{explain}</Typography.Paragraph>
        {rows.length === 0 ? (
          <Typography.Paragraph>{tn.none}</Typography.Paragraph>
        ) : (
          <Table<T>
            size="small"
            rowKey={rowKey}
            columns={columns}
            dataSource={rows}
            pagination={PAGE}
            aria-label={label}
            scroll={{ x: 480 }}
          />
        )}
      </>
    ),
  });

  return (
    <section aria-labelledby="national-diff">
      <Typography.Title level={2} id="national-diff">
        {fmt(tn.previewOf, { province: diff.provinceName, code: diff.provinceCode })}
      </Typography.Title>
      <div className="org-diff-counts">
        <Card size="small">
          <Statistic title={tn.nationalTotal} value={n(diff.nationalTotal)} />
        </Card>
        <Card size="small">
          <Statistic title={tn.counts.new} value={n(diff.new.length)} />
        </Card>
        <Card size="small">
          <Statistic title={tn.counts.renamed} value={n(diff.renamed.length)} />
        </Card>
        <Card size="small">
          <Statistic title={tn.counts.matchedByName} value={n(diff.matchedByName.length)} />
        </Card>
        <Card size="small">
          <Statistic title={tn.counts.missing} value={n(diff.missing.length)} />
        </Card>
        <Card size="small">
          <Statistic title={tn.counts.unchanged} value={n(diff.unchanged)} />
        </Card>
      </div>
      <Collapse
        defaultActiveKey={diff.new.length > 0 ? ['new'] : []}
        items={[
          panel('new', tn.counts.new, tn.explain.new, diff.new, communeColumns, (c) => c.code),
          panel<NationalRenamed | NationalNameMatch>(
            'renamed',
            tn.counts.renamed,
            tn.explain.renamed,
            diff.renamed,
            linkedColumns,
            (r) => `${r.unit.id}`,
          ),
          panel<NationalRenamed | NationalNameMatch>(
            'matchedByName',
            tn.counts.matchedByName,
            tn.explain.matchedByName,
            diff.matchedByName,
            linkedColumns,
            (r) => `${r.unit.id}-${r.officialCode}`,
          ),
          panel('missing', tn.counts.missing, tn.explain.missing, diff.missing, missingColumns, (u) => `${u.id}`),
        ]}
      />
    </section>
  );
}

/**
 * The national-list loader: pick a PROVINCE unit (and, when its name does not say which, the national
 * province), preview the difference, then load the new communes. Administrators: every province; province
 * administrators: their own (preselected).
 */
export default function NationalLoaderPage() {
  const { t, lang } = useI18n();
  const tn = t.organisation.national;
  useDocumentTitle(tn.title);
  const { modal } = App.useApp();
  const me = useCurrentUser();
  const allowed = mayLoadNationalList(me.data);
  const tree = useUnitTree(undefined, allowed);
  const provinces = useNationalProvinces(allowed);
  const load = useLoadNationalCommunes();
  const [chosenUnitId, setUnitId] = useState<number | undefined>();
  // a province administrator loads their own province: it is chosen for them
  const unitId = chosenUnitId ?? me.data?.permissions.administeredUnit?.id;
  const [provinceCode, setProvinceCode] = useState<string | undefined>();

  const provinceUnits = useMemo(() => unitsOfKind(tree.data, 'PROVINCE'), [tree.data]);
  const unitOptions = provinceUnits.map((u) => ({
    value: u.id,
    label: u.officialCode ? `${u.name} (${u.officialCode})` : u.name,
    search: foldDiacritics(`${u.name} ${u.code} ${u.officialCode ?? ''}`),
  }));
  const provinceOptions = (provinces.data ?? []).map((p) => ({
    value: p.code,
    label: fmt(tn.provinceOption, { name: p.name, code: p.code, count: formatNumber(p.communeCount, lang) }),
    search: foldDiacritics(`${p.name} ${p.code}`),
  }));
  const unitName = provinceUnits.find((u) => u.id === unitId)?.name ?? '';
  const diff = load.data;
  const error = load.error instanceof ApiError ? load.error.problem : load.error ? { status: 0 } : null;

  if (me.isPending) return <Skeleton active />;
  if (!allowed) {
    return (
      <>
        <Typography.Title level={1}>{tn.title}</Typography.Title>
        <Alert type="info" showIcon title={tn.onlyAdmins} />
      </>
    );
  }

  const run = (dryRun: boolean) => {
    if (unitId === undefined) return;
    load.mutate({ unitId, provinceCode, dryRun });
  };
  const apply = () => {
    if (!diff) return;
    const vars = { count: formatNumber(diff.new.length, lang), unit: unitName };
    modal.confirm({
      title: fmt(tn.applyConfirmTitle, vars),
      content: fmt(tn.applyConfirmText, vars),
      okText: fmt(tn.apply, vars),
      cancelText: t.common.cancel,
      onOk: () => run(false),
    });
  };
  const reset = () => load.reset();
  const previewing = load.isPending && load.variables?.dryRun === true;
  const applying = load.isPending && load.variables?.dryRun === false;

  return (
    <>
      <Typography.Title level={1}>{tn.title}</Typography.Title>
      <Typography.Paragraph>{tn.intro}</Typography.Paragraph>
      <Typography.Paragraph>
        <Link to="/organisation">{t.organisation.title}</Link>
      </Typography.Paragraph>
      <Steps
        aria-label={tn.steps}
        size="small"
        current={!diff ? 0 : diff.dryRun ? 1 : 2}
        items={[{ title: tn.stepPick }, { title: tn.stepPreview }, { title: tn.stepApply }]}
        style={{ marginBottom: 24 }}
      />
      <Form layout="vertical" component="div" style={{ maxWidth: 560 }}>
        <Form.Item label={tn.provinceUnit} htmlFor="national-unit" required>
          <Select
            id="national-unit"
            showSearch={{ filterOption: (input, option) => !!option?.search.includes(foldDiacritics(input)) }}
            placeholder={tn.pickProvinceUnit}
            loading={tree.isPending}
            value={unitId}
            onChange={(v: number) => {
              setUnitId(v);
              reset();
            }}
            options={unitOptions}
          />
        </Form.Item>
        <Form.Item label={tn.nationalProvince} htmlFor="national-province" extra={tn.nationalProvinceHelp}>
          <Select
            id="national-province"
            allowClear
            showSearch={{ filterOption: (input, option) => !!option?.search.includes(foldDiacritics(input)) }}
            placeholder={tn.nationalProvinceAuto}
            loading={provinces.isPending}
            value={provinceCode}
            onChange={(v: string | undefined) => {
              setProvinceCode(v);
              reset();
            }}
            options={provinceOptions}
          />
        </Form.Item>
        <Space wrap>
          <Button icon={<EyeOutlined aria-hidden />} disabled={unitId === undefined} loading={previewing} onClick={() => run(true)}>
            {tn.preview}
          </Button>
          {diff?.dryRun && (
            <Button
              type="primary"
              icon={<CloudDownloadOutlined aria-hidden />}
              disabled={diff.new.length === 0}
              loading={applying}
              onClick={apply}
            >
              {fmt(tn.apply, { count: formatNumber(diff.new.length, lang) })}
            </Button>
          )}
        </Space>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ProblemAlert problem={error} />
        {diff && diff.dryRun && (
          <Alert type="info" showIcon title={diff.new.length === 0 ? tn.nothingToApply : tn.dryRunNote} style={{ marginBottom: 16 }} />
        )}
        {diff && !diff.dryRun && (
          <Alert
            type="success"
            showIcon
            title={diff.created > 0 ? fmt(tn.applied, { created: formatNumber(diff.created, lang), unit: unitName }) : tn.appliedNone}
            style={{ marginBottom: 16 }}
          />
        )}
      </div>
      {diff && <DiffView diff={diff} />}
    </>
  );
}
