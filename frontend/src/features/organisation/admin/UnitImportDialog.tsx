import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { components } from '../../../api/schema';
import { api, unwrap } from '../../../app/api';
import type { Unit, UnitKind } from '../../../app/types';
import { ApiError, type ProblemDetails } from '../../../components/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fmt, useI18n } from '../../../i18n';

type S = components['schemas'];
type UnitImportResult = S['UnitImportResult'];
type ImportedUnit = S['ImportedUnit'];
type UnitImportProblem = S['UnitImportProblem'];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportSource = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: ArrayBuffer };

/** Sends the table as it is (tab-separated text or the spreadsheet's bytes), as a dry run or for real. */
export function useImportChildren(unitId: number) {
  const qc = useQueryClient();
  return useMutation<UnitImportResult, Error, { source: ImportSource; dryRun: boolean }>({
    mutationFn: ({ source, dryRun }) =>
      unwrap(
        api.POST('/api/v1/units/{id}/children/import', {
          params: { path: { id: unitId }, query: { dryRun } },
          body: (source.kind === 'text' ? source.text : source.bytes) as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'Content-Type': source.kind === 'text' ? 'text/tab-separated-values; charset=utf-8' : XLSX_TYPE },
        }),
      ),
    onSuccess: (r) => {
      if (!r.dryRun) return qc.invalidateQueries({ queryKey: ['units'] });
    },
  });
}

// solid and dark where coloured: antd's light green and red tags do not reach 4.5:1
const STATUS_COLOR = { NEW: '#166534', EXISTS: undefined, INVALID: '#b91c1c' } as const;

/** Paste or pick a table → preview (rows NEW/EXISTS/INVALID, problems by row and column) → import when clean. */
export function UnitImportDialog({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const ti = t.organisation.admin.import;
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [preview, setPreview] = useState<UnitImportResult | null>(null);
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const run = useImportChildren(unit.id);
  const source: ImportSource | null = file ? { kind: 'file', ...file } : text.trim() ? { kind: 'text', text } : null;
  const newCount = preview?.units.filter((u) => u.status === 'NEW').length ?? 0;

  const send = async (dryRun: boolean) => {
    if (!source) return;
    setProblem(null);
    try {
      const r = await run.mutateAsync({ source, dryRun });
      if (dryRun) setPreview(r);
      else {
        void message.success(fmt(ti.applied, { count: r.created, parent: unit.name }));
        onClose();
      }
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { status: 0 });
    }
  };

  return (
    <Modal
      open={open}
      title={fmt(ti.title, { parent: unit.name })}
      onCancel={onClose}
      destroyOnHidden
      width={960}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="preview" onClick={() => void send(true)} disabled={!source} loading={run.isPending && run.variables?.dryRun}>
          {ti.preview}
        </Button>,
        <Button
          key="apply"
          type="primary"
          disabled={!preview || preview.problems.length > 0 || newCount === 0}
          loading={run.isPending && run.variables?.dryRun === false}
          onClick={() => void send(false)}
        >
          {fmt(ti.apply, { count: newCount })}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{ti.intro}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={ti.paste} htmlFor="unit-import-text">
          <Input.TextArea
            id="unit-import-text"
            value={text}
            autoSize={{ minRows: 4, maxRows: 10 }}
            onChange={(e) => {
              setText(e.target.value);
              setFile(null);
              setPreview(null);
            }}
          />
        </Form.Item>
        <Form.Item label={ti.file} htmlFor="unit-import-file" extra={file ? fmt(ti.fileChosen, { name: file.name }) : undefined}>
          <input
            id="unit-import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              setFile(f ? { name: f.name, bytes: await f.arrayBuffer() } : null);
            }}
          />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problem} />
      {preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text aria-live="polite">
            {fmt(ti.summary, { new: newCount, existing: preview.existing, problems: preview.problems.length })}
          </Typography.Text>
          {preview.problems.length > 0 ? (
            <Alert type="error" showIcon title={ti.hasProblems} />
          ) : newCount === 0 ? (
            <Alert type="info" showIcon title={ti.nothingNew} />
          ) : null}
          {preview.problems.length > 0 && (
            <>
              <Typography.Title level={3} id="unit-import-problems">
                {ti.problemsLabel}
              </Typography.Title>
              <Table<UnitImportProblem>
                aria-labelledby="unit-import-problems"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                rowKey={(p) => `${p.row}-${p.column}-${p.code}`}
                dataSource={preview.problems}
                columns={[
                  { key: 'row', title: ti.col.row, render: (_, p) => (p.row === 0 ? ti.wholeTable : p.row) },
                  {
                    key: 'column',
                    title: ti.col.column,
                    render: (_, p) => (p.column ? (ti.col[p.column as keyof typeof ti.col] ?? p.column) : ''),
                  },
                  { key: 'text', title: ti.col.text, render: (_, p) => p.text ?? '' },
                  { key: 'message', title: ti.col.message, render: (_, p) => p.message },
                ]}
              />
            </>
          )}
          <Typography.Title level={3} id="unit-import-rows">
            {ti.preview_label}
          </Typography.Title>
          <Table<ImportedUnit>
            aria-labelledby="unit-import-rows"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey="row"
            dataSource={preview.units}
            columns={[
              { key: 'row', title: ti.col.row, dataIndex: 'row' },
              {
                key: 'status',
                title: ti.col.status,
                render: (_, u) =>
                  STATUS_COLOR[u.status] ? (
                    <Tag variant="solid" color={STATUS_COLOR[u.status]} style={{ color: '#fff' }}>
                      {ti.status[u.status]}
                    </Tag>
                  ) : (
                    <Tag>{ti.status[u.status]}</Tag>
                  ),
              },
              { key: 'name', title: ti.col.name, render: (_, u) => u.name },
              { key: 'kind', title: ti.col.kind, render: (_, u) => (u.kind ? t.unitKind[u.kind as UnitKind] : '') },
              { key: 'code', title: ti.col.code, render: (_, u) => u.code ?? '' },
              { key: 'officialCode', title: ti.col.officialCode, render: (_, u) => u.officialCode ?? '' },
              { key: 'notes', title: ti.col.notes, render: (_, u) => (u.notes ?? []).join('; ') },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
