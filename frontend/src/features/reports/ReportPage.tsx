import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useParams } from 'react-router';
import { downloadReportDocument, useMetrics, useReport } from './api';
import { DownloadButton } from './DownloadButton';
import { EvidenceSection } from './EvidenceSection';
import { ReportForm, type ReportFormHandle } from './ReportForm';
import { ReportContent, ReportHeader, ReportHistory } from './ReportView';
import { ReportStateTag } from './Tags';
import type { Report, Transition } from './types';
import { useWorkflow, type WorkflowTarget } from './workflow';
import { ButtonLink } from '../../components/ButtonLink';
import { NotFound } from '../../components/NotFound';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, useI18n } from '../../i18n';
import './reports.css';

export default function ReportPage() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <ReportLoader id={id} />;
}

function ReportLoader({ id }: { id: number }) {
  const { t } = useI18n();
  const report = useReport(id);
  useDocumentTitle(report.data ? `${t.reports.reportTitle} ${report.data.period.label} – ${report.data.unit.name}` : t.reports.reportTitle);
  if (report.isPending) return <Skeleton active aria-busy="true" />;
  if (report.error) {
    if (report.error instanceof ApiError && report.error.status === 404) return <NotFound />;
    return (
      <>
        <Typography.Title level={1}>{t.reports.reportTitle}</Typography.Title>
        <ProblemAlert problem={report.error instanceof ApiError ? report.error.problem : { status: 0 }} />
      </>
    );
  }
  return <ReportScreen report={report.data} reload={async () => (await report.refetch()).data} />;
}

function ReportScreen({ report, reload }: { report: Report; reload: () => Promise<Report | undefined> }) {
  const { t } = useI18n();
  const tr = t.reports;
  const metrics = useMetrics();
  const formRef = useRef<ReportFormHandle>(null);
  const workflow = useWorkflow({ onReload: () => void reload() });
  const p = report.permissions;
  const target: WorkflowTarget = {
    id: report.id,
    unitName: report.unit.name,
    periodLabel: report.period.label,
    receivingUnitName: report.receivingUnit.name,
    dueOn: report.period.dueOn,
  };
  const act = (action: Transition) => {
    const form = formRef.current;
    // a step on an edited report first saves what was typed, then goes with the version saved
    if (form) {
      return workflow.start(action, target, async () => {
        const ok = await form.saveIfDirty();
        target.version = form.version();
        return ok;
      });
    }
    return workflow.start(action, { ...target, version: report.version });
  };
  const lastEvent = report.history[report.history.length - 1];
  const sentBack = report.state === 'DRAFT' && lastEvent?.action === 'SEND_BACK' ? lastEvent : null;

  return (
    <article aria-labelledby="report-title">
      <div className="page-header">
        <div>
          <Typography.Text type="secondary">
            {report.plan.number ? `${report.plan.number} – ${report.plan.title}` : report.plan.title}
          </Typography.Text>
          <Typography.Title level={1} id="report-title" style={{ fontSize: 26 }}>
            {tr.reportTitle} {report.period.label} – {report.unit.name}
          </Typography.Title>
        </div>
        <Space wrap>
          <ReportStateTag state={report.state} />
          <DownloadButton run={() => downloadReportDocument(report.id)}>{tr.downloadDocx}</DownloadButton>
        </Space>
      </div>

      {report.state === 'RETURNED' && report.returnReason && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={tr.returnedTitle}
          description={
            <>
              <p style={{ margin: '0 0 6px' }}>{tr.returnedText}</p>
              <p style={{ margin: 0 }}>
                <strong>{tr.returnReason}:</strong> <span className="multiline report-return-reason">{report.returnReason}</span>
              </p>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {sentBack?.comment && (
        <Alert
          type="warning"
          showIcon
          title={tr.sentBackTitle}
          description={<span className="multiline">{sentBack.comment}</span>}
          style={{ marginBottom: 16 }}
        />
      )}

      {workflow.ui}

      <ReportHeader report={report} />

      <div className="report-actions" role="group" aria-label={t.common.actions}>
        {p.canSubmit && (
          <Button type="primary" onClick={() => act('submit')} loading={workflow.busy}>
            {tr.action.SUBMIT}
          </Button>
        )}
        {p.canApprove && (
          <Button type="primary" onClick={() => act('approve')} loading={workflow.busy}>
            {tr.action.APPROVE}
          </Button>
        )}
        {p.canSendBack && (
          <Button danger onClick={() => act('send-back')}>
            {tr.action.SEND_BACK}
          </Button>
        )}
        {p.canAccept && (
          <Button type="primary" onClick={() => act('accept')} loading={workflow.busy}>
            {tr.action.ACCEPT}
          </Button>
        )}
        {p.canReturn && (
          <Button danger onClick={() => act('return')}>
            {tr.action.RETURN}
          </Button>
        )}
        {p.canAccept && <ButtonLink to={`/plans/${report.plan.id}?tab=reporting`}>{tr.monitor}</ButtonLink>}
      </div>

      {p.canEdit ? (
        <ReportForm key={report.id} handle={formRef} report={report} metrics={metrics} onReload={reload} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {fmt(tr.readOnly, { reason: fmt(tr.readOnlyState, { state: tr.state[report.state] }) })}
          </Typography.Paragraph>
          <ReportContent report={report} metrics={metrics} />
        </>
      )}

      <EvidenceSection report={report} />
      <ReportHistory report={report} />
    </article>
  );
}
