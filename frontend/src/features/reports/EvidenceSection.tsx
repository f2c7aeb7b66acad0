import { DeleteOutlined, LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { downloadEvidenceFile, useAddLink, useDeleteEvidence, useUploadEvidence } from './api';
import { DownloadButton } from './DownloadButton';
import type { Evidence, Report } from './types';
import { applyProblemToForm } from '../../components/formErrors';
import { searchLabels } from '../../components/PlanFilterSelect';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { taskNumber } from '../../components/TaskCells';
import { fmt, formatNumber, useI18n } from '../../i18n';

/** The server's limit for one file (cchc.evidence.max-bytes, 10 MB by default). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.mp4';

export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, lang)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, lang)} MB`;
}

/** Links and files supporting the report: listed for everyone who sees it, added and removed while editable. */
export function EvidenceSection({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const { message } = App.useApp();
  const remove = useDeleteEvidence(report.id);
  const editable = report.permissions.canEdit;
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const taskLabel = (taskId: number | null) => {
    const item = report.items.find((i) => i.task.id === taskId);
    return item ? fmt(tr.task, { number: taskNumber(item.task.sectionCode, item.task.orderNo) }) : tr.evidenceWholeReport;
  };
  const taskOptions = [
    { value: 0, label: tr.evidenceWholeReport },
    ...report.items.map((i) => ({ value: i.task.id, label: `${taskNumber(i.task.sectionCode, i.task.orderNo)} – ${i.task.excerpt}` })),
  ];

  return (
    <section className="report-section" aria-labelledby="report-evidence">
      <Typography.Title level={2} id="report-evidence">
        {tr.evidence}
      </Typography.Title>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {report.evidence.length === 0 ? (
        <Typography.Paragraph>{tr.evidenceEmpty}</Typography.Paragraph>
      ) : (
        <ul className="plain-list report-evidence-list">
          {report.evidence.map((e: Evidence) => (
            <li key={e.id} style={{ marginBottom: 6 }}>
              <Space wrap>
                {e.kind === 'LINK' ? (
                  <>
                    <LinkOutlined aria-hidden />
                    <a href={e.url ?? '#'} target="_blank" rel="noopener noreferrer">
                      {e.title}
                    </a>
                  </>
                ) : (
                  <>
                    <PaperClipOutlined aria-hidden />
                    <DownloadButton
                      type="link"
                      size="small"
                      icon={null}
                      aria-label={fmt(tr.downloadEvidence, { title: e.title })}
                      run={() => downloadEvidenceFile(report.id, e.id, e.fileName ?? e.title)}
                    >
                      {e.title}
                    </DownloadButton>
                    <Typography.Text type="secondary">
                      {e.fileName}
                      {e.size != null ? ` · ${formatSize(e.size, lang)}` : ''}
                    </Typography.Text>
                  </>
                )}
                <Typography.Text type="secondary">· {taskLabel(e.taskId)}</Typography.Text>
                {editable && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={fmt(tr.removeEvidence, { title: e.title })}
                    onClick={async () => {
                      setProblem(null);
                      try {
                        await remove.mutateAsync(e.id);
                        message.success(tr.evidenceRemoved);
                      } catch (err) {
                        if (err instanceof ApiError) setProblem(err.problem);
                        else throw err;
                      }
                    }}
                  />
                )}
              </Space>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="form-row" style={{ marginTop: 12, gap: '0 48px' }}>
          <LinkForm reportId={report.id} taskOptions={taskOptions} />
          <FileForm reportId={report.id} taskOptions={taskOptions} />
        </div>
      )}
    </section>
  );
}

type TaskOptions = { value: number; label: string }[];

function LinkForm({ reportId, taskOptions }: { reportId: number; taskOptions: TaskOptions }) {
  const { t } = useI18n();
  const tr = t.reports;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; url: string; taskId: number }>();
  const add = useAddLink(reportId);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  return (
    <Form
      form={form}
      name="evidence-link"
      layout="vertical"
      initialValues={{ title: '', url: '', taskId: 0 }}
      style={{ flex: 1, minWidth: 320, maxWidth: 520 }}
      onFinish={async (v) => {
        setProblem(null);
        try {
          await add.mutateAsync({ title: v.title.trim(), url: v.url.trim(), taskId: v.taskId || null });
          form.resetFields();
          message.success(tr.linkAdded);
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          const rest = applyProblemToForm(form, e.problem);
          if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
        }
      }}
    >
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {tr.addLink}
      </Typography.Title>
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form.Item
        name="title"
        label={tr.evidenceTitle}
        rules={[
          { required: true, whitespace: true, message: fmt(t.common.required, { field: tr.evidenceTitle.toLowerCase() }) },
          { max: 300 },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="url"
        label={tr.evidenceUrl}
        rules={[
          { required: true, whitespace: true, message: fmt(t.common.required, { field: tr.evidenceUrl.toLowerCase() }) },
          { pattern: /^https?:\/\/\S+$/i, message: tr.evidenceUrl },
          { max: 2000 },
        ]}
      >
        <Input type="url" inputMode="url" maxLength={2000} placeholder="https://" />
      </Form.Item>
      <Form.Item name="taskId" label={tr.evidenceTask}>
        <Select options={taskOptions} showSearch={searchLabels} popupMatchSelectWidth={false} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} icon={<LinkOutlined aria-hidden />}>
        {tr.addLink}
      </Button>
    </Form>
  );
}

function FileForm({ reportId, taskOptions }: { reportId: number; taskOptions: TaskOptions }) {
  const { t, lang } = useI18n();
  const tr = t.reports;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; taskId: number }>();
  const upload = useUploadEvidence(reportId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemDetails | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const help = fileError ?? (file ? fmt(tr.fileChosen, { name: file.name, size: formatSize(file.size, lang) }) : null);

  const pick = (f: File | null) => {
    setProblem(null);
    setFile(f);
    setFileError(f && f.size > MAX_FILE_BYTES ? fmt(tr.fileTooLarge, { name: f.name }) : null);
  };

  return (
    <Form
      form={form}
      name="evidence-file"
      layout="vertical"
      initialValues={{ title: '', taskId: 0 }}
      style={{ flex: 1, minWidth: 320, maxWidth: 520 }}
      onFinish={async (v) => {
        if (!file) {
          setFileError(fmt(t.common.requiredSelect, { field: tr.fileLabel.toLowerCase() }));
          input.current?.focus();
          return;
        }
        if (file.size > MAX_FILE_BYTES) {
          input.current?.focus();
          return;
        }
        setProblem(null);
        try {
          await upload.mutateAsync({ file, title: v.title, taskId: v.taskId || null });
          message.success(fmt(tr.uploaded, { name: file.name }));
          form.resetFields();
          setFile(null);
          if (input.current) input.current.value = '';
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          // 413 and 415 (and a 400 on "file") are about the file: said next to it, in words
          const fileViolation = e.problem.errors?.find((x) => x.field === 'file')?.message;
          if (e.status === 413) setFileError([tr.fileTooLargeServer, fileViolation].filter(Boolean).join(' '));
          else if (e.status === 415) setFileError([tr.fileWrongType, fileViolation].filter(Boolean).join(' '));
          else if (fileViolation) setFileError(fileViolation);
          else {
            const rest = applyProblemToForm(form, e.problem);
            if (rest.length > 0 || !e.problem.errors?.length) setProblem(e.problem);
          }
          input.current?.focus();
        }
      }}
    >
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {tr.upload}
      </Typography.Title>
      <ProblemAlert problem={problem} />
      <Form.Item
        label={tr.fileLabel}
        htmlFor="evidence-file-input"
        validateStatus={fileError ? 'error' : undefined}
        help={help && <span id="evidence-file-help">{help}</span>}
        extra={<span id="evidence-file-limits">{tr.fileLimits}</span>}
        required
      >
        <input
          ref={input}
          id="evidence-file-input"
          type="file"
          accept={FILE_ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={help ? 'evidence-file-help evidence-file-limits' : 'evidence-file-limits'}
          onChange={(e) => pick(e.target.files?.[0] ?? null)}
        />
      </Form.Item>
      <Form.Item name="title" label={tr.evidenceTitle} rules={[{ max: 300 }]}>
        <Input maxLength={300} placeholder={file?.name} />
      </Form.Item>
      <Form.Item name="taskId" label={tr.evidenceTask}>
        <Select options={taskOptions} showSearch={searchLabels} popupMatchSelectWidth={false} />
      </Form.Item>
      <Button htmlType="submit" loading={upload.isPending} icon={<PaperClipOutlined aria-hidden />}>
        {tr.upload}
      </Button>
    </Form>
  );
}
