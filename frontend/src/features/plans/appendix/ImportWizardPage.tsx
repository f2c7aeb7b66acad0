import { CheckCircleOutlined, FileExcelOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, Segmented, Skeleton, Space, Steps, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  batchErrorsByTask,
  choiceKey,
  KEEP,
  needsReview,
  previewColumn,
  problemsByTask,
  toTaskInputs,
  type AssignmentColumn,
  type Choice,
  type PreviewColumn,
  type PreviewEdits,
  type RowMessage,
} from './importPreview';
import { groupBySection, sectionHeading } from './sections';
import { useReferenceLists, useUnitTree } from '../../../app/queries';
import type { ImportedTask, ImportProblem, ImportResult, Plan, UnitTreeNode } from '../../../app/types';
import { NotFound } from '../../../components/NotFound';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../../components/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SearchableTreeSelect, type SearchableTreeNode } from '../../../components/SearchableTreeSelect';
import { AssignmentItem, taskNumber, timeframeReading } from '../../../components/TaskCells';
import { foldDiacritics } from '../../../components/textSearch';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n, type Messages } from '../../../i18n';
import { usePlan } from '../api';
import { useImportDryRun, usePlanTasks, useSaveTaskBatch, XLSX_TYPE, type ImportSource } from '../tasksApi';

export default function ImportWizardPage() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <ImportWizard planId={id} />;
}

function ImportWizard({ planId }: { planId: number }) {
  const { t } = useI18n();
  const ti = t.importWizard;
  useDocumentTitle(ti.title);
  const plan = usePlan(planId);

  let body;
  if (plan.isPending) body = <Skeleton active />;
  else if (plan.error) {
    if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFound />;
    body = <ProblemAlert problem={plan.error instanceof ApiError ? plan.error.problem : { status: 0 }} />;
  } else if (!plan.data.permissions.canEdit) body = <Alert type="info" showIcon title={ti.notEditable} />;
  else body = <Wizard plan={plan.data} />;

  return (
    <>
      <Typography.Text type="secondary">
        <Link to={`/plans/${planId}?tab=appendix`}>{plan.data?.title ?? ti.backToPlan}</Link>
      </Typography.Text>
      <Typography.Title level={1}>{ti.title}</Typography.Title>
      {body}
    </>
  );
}

type SourceKind = 'text' | 'file';

function Wizard({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const ti = t.importWizard;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const existing = usePlanTasks(plan.id);
  const dryRun = useImportDryRun(plan.id);
  const save = useSaveTaskBatch(plan.id);
  const [kind, setKind] = useState<SourceKind>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [readError, setReadError] = useState<ProblemDetails | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const read = async () => {
    setInputError(null);
    setReadError(null);
    let source: ImportSource;
    if (kind === 'text') {
      if (!text.trim()) return setInputError(ti.emptyInput);
      source = { kind: 'text', text };
    } else {
      if (!file) return setInputError(ti.emptyInput);
      source = { kind: 'file', ...file };
    }
    try {
      setResult(await dryRun.mutateAsync(source));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setReadError(e.problem);
    }
  };

  return (
    <>
      <Steps
        current={result ? 1 : 0}
        aria-label={ti.steps}
        style={{ marginBottom: 24, maxWidth: 900 }}
        items={[{ title: ti.stepInput }, { title: ti.stepPreview }, { title: ti.stepSave }]}
      />
      {!result ? (
        <section aria-labelledby="import-input-title">
          <Typography.Title level={2} id="import-input-title" style={{ fontSize: 18 }}>
            {ti.stepInput}
          </Typography.Title>
          <Typography.Paragraph style={{ maxWidth: 900 }}>{ti.intro}</Typography.Paragraph>
          {readError && <ProblemAlert problem={readError} onClose={() => setReadError(null)} />}
          <Form layout="vertical" component="div">
            <Form.Item label={ti.source}>
              <Segmented<SourceKind>
                value={kind}
                onChange={(v) => {
                  setKind(v);
                  setInputError(null);
                }}
                options={[
                  { value: 'text', label: ti.sourcePaste },
                  { value: 'file', label: ti.sourceFile },
                ]}
              />
            </Form.Item>
            {kind === 'text' ? (
              <Form.Item
                label={ti.pasteLabel}
                htmlFor="import-text"
                validateStatus={inputError ? 'error' : undefined}
                help={inputError ?? undefined}
              >
                <Input.TextArea
                  id="import-text"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  autoSize={{ minRows: 10, maxRows: 24 }}
                  spellCheck={false}
                  className="import-textarea"
                />
              </Form.Item>
            ) : (
              <Form.Item validateStatus={inputError ? 'error' : undefined} help={inputError ?? undefined}>
                <Upload
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  maxCount={1}
                  showUploadList={false}
                  beforeUpload={(f) => {
                    if (!f.name.toLowerCase().endsWith('.xlsx') && f.type !== XLSX_TYPE) {
                      setInputError(ti.fileWrongType);
                      return Upload.LIST_IGNORE;
                    }
                    setInputError(null);
                    void f.arrayBuffer().then((bytes) => setFile({ name: f.name, bytes }));
                    // read here and sent with the dry run: nothing is uploaded by the component itself
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined aria-hidden />}>{ti.pickFile}</Button>
                </Upload>
                {file && (
                  <Typography.Paragraph style={{ marginTop: 8 }}>
                    <FileExcelOutlined aria-hidden /> {fmt(ti.fileChosen, { name: file.name })}
                  </Typography.Paragraph>
                )}
              </Form.Item>
            )}
            <Space>
              <Button type="primary" onClick={read} loading={dryRun.isPending}>
                {ti.dryRun}
              </Button>
              <Link to={`/plans/${plan.id}?tab=appendix`}>{t.common.cancel}</Link>
            </Space>
          </Form>
        </section>
      ) : (
        <Preview
          plan={plan}
          result={result}
          existingCount={existing.data?.total ?? 0}
          saving={save.isPending}
          onBack={() => setResult(null)}
          onSave={async (tasks, replace) => {
            const page = await save.mutateAsync({ tasks, replace });
            message.success(fmt(ti.saved, { count: formatNumber(page.items.length) }));
            navigate(`/plans/${plan.id}?tab=appendix`);
          }}
        />
      )}
    </>
  );
}

/** The plan issuer's units as choices "unit:<id>", below the "keep" choice and the groups. */
function choiceTree(units: UnitTreeNode[] | undefined, groups: { code: string; label: string }[], t: Messages): SearchableTreeNode[] {
  const toNodes = (nodes: UnitTreeNode[]): SearchableTreeNode[] =>
    nodes.map((n) => ({
      value: `unit:${n.id}`,
      title: n.name,
      searchText: foldDiacritics([n.name, n.shortName ?? '', n.code].join(' ')),
      children: n.children?.length ? toNodes(n.children) : undefined,
    }));
  return [
    { value: KEEP, title: t.importWizard.keepAsWritten, searchText: foldDiacritics(t.importWizard.keepAsWritten) },
    {
      value: 'groups',
      title: t.importWizard.groupsNode,
      searchText: foldDiacritics(t.importWizard.groupsNode),
      selectable: false,
      children: groups.map((g) => ({ value: `group:${g.code}`, title: g.label, searchText: foldDiacritics(g.label) })),
    },
    ...toNodes(units ?? []),
  ];
}

interface PreviewProps {
  plan: Plan;
  result: ImportResult;
  existingCount: number;
  saving: boolean;
  onBack: () => void;
  /** Saves the batch; throws ApiError when the server refuses it. */
  onSave: (tasks: ReturnType<typeof toTaskInputs>, replace: boolean) => Promise<void>;
}

function Preview({ plan, result, existingCount, saving, onBack, onSave }: PreviewProps) {
  const { t } = useI18n();
  const ti = t.importWizard;
  const refs = useReferenceLists();
  const units = useUnitTree(plan.issuingUnit.id);
  const choices = useMemo(
    () =>
      choiceTree(
        units.data,
        (refs.data?.unitGroups ?? []).filter((g) => g.code !== 'RELATED'),
        t,
      ),
    [units.data, refs.data, t],
  );
  const [edits, setEdits] = useState<PreviewEdits>({ choices: {}, timeframes: {} });
  const [replace, setReplace] = useState(false);
  const [saveError, setSaveError] = useState<{ problem: ProblemDetails; byTask: Map<number, RowMessage[]>; rest: FieldViolation[] } | null>(
    null,
  );
  const { byTask, general } = useMemo(() => problemsByTask(result.tasks, result.problems), [result]);
  const sections = useMemo(() => groupBySection(result.tasks), [result.tasks]);

  const focusRow = (index: number) => {
    const row = document.getElementById(`import-task-${index}`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  };

  const submit = async () => {
    setSaveError(null);
    try {
      await onSave(toTaskInputs(result.tasks, edits), replace);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const { byTask: errors, rest } = batchErrorsByTask(e.problem);
      setSaveError({ problem: e.problem, byTask: errors, rest });
      const first = [...errors.keys()].sort((a, b) => a - b)[0];
      if (first !== undefined) setTimeout(() => focusRow(first), 0);
    }
  };

  const columnLabel = (c: string | null) => (c && c in ti.column ? ti.column[c as keyof typeof ti.column] : null);
  const problemLink = (p: ImportProblem, i: number) => {
    const index = result.tasks.findIndex((x) => x.rows.includes(p.row));
    const where = [p.row > 0 ? fmt(ti.problemAt, { row: p.row }) : ti.general, columnLabel(p.column)].filter(Boolean).join(' · ');
    return (
      <li key={i}>
        {index >= 0 ? (
          <a
            href={`#import-task-${index}`}
            onClick={(e) => {
              e.preventDefault();
              focusRow(index);
            }}
          >
            {where}
          </a>
        ) : (
          <strong>{where}</strong>
        )}
        : {p.message}
      </li>
    );
  };

  return (
    <section aria-labelledby="import-preview-title">
      <Typography.Title level={2} id="import-preview-title" style={{ fontSize: 18 }}>
        {ti.stepPreview}
      </Typography.Title>
      <Typography.Paragraph strong aria-live="polite">
        {fmt(ti.summary, { tasks: formatNumber(result.tasks.length), problems: formatNumber(result.problems.length) })}
      </Typography.Paragraph>
      {result.problems.length === 0 ? (
        <Alert type="success" showIcon title={ti.noProblems} style={{ marginBottom: 16 }} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={ti.problemsTitle}
          style={{ marginBottom: 16 }}
          description={<ul className="import-problems">{[...general, ...[...byTask.values()].flat()].map(problemLink)}</ul>}
        />
      )}
      {saveError && (
        <ProblemAlert
          problem={{ ...saveError.problem, title: saveError.byTask.size ? ti.saveErrors : saveError.problem.title }}
          violations={saveError.rest}
          onClose={() => setSaveError(null)}
        />
      )}

      {result.tasks.length > 0 && (
        <div className="table-scroll">
          <table className="task-table import-table">
            <caption className="visually-hidden">{ti.previewTable}</caption>
            <colgroup>
              <col style={{ width: 120 }} />
              <col style={{ width: 48 }} />
              <col />
              <col style={{ width: '19%' }} />
              <col style={{ width: '17%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '10%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="col-status">
                  {ti.status}
                </th>
                <th scope="col" className="col-number">
                  {t.tasks.number}
                </th>
                <th scope="col" className="col-content">
                  {t.tasks.content}
                </th>
                <th scope="col" className="col-units">
                  {t.tasks.lead}
                </th>
                <th scope="col" className="col-units">
                  {t.tasks.cooperating}
                </th>
                <th scope="col" className="col-timeframe">
                  {t.tasks.timeframe}
                </th>
                <th scope="col">{t.tasks.expectedOutput}</th>
              </tr>
            </thead>
            {sections.map((s) => (
              <tbody key={s.key} data-section={s.code ?? ''}>
                <tr className="task-section-row">
                  <th scope="rowgroup" colSpan={7}>
                    {sectionHeading(s.code, s.title, t.appendix.noSection)}
                  </th>
                </tr>
                {s.items.map(({ item, index }) => (
                  <PreviewRow
                    key={index}
                    task={item}
                    index={index}
                    problems={byTask.get(index) ?? []}
                    saveErrors={saveError?.byTask.get(index) ?? []}
                    edits={edits}
                    choices={choices}
                    unitsLoading={units.isLoading}
                    onChoose={(key, choice) => setEdits((e) => ({ ...e, choices: { ...e.choices, [key]: choice } }))}
                    onTimeframe={(text) => setEdits((e) => ({ ...e, timeframes: { ...e.timeframes, [index]: text } }))}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}

      <div className="import-actions">
        {existingCount > 0 && (
          <Form.Item extra={ti.replaceHelp} style={{ marginBottom: 12 }}>
            <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
              {fmt(ti.replace, { count: formatNumber(existingCount) })}
            </Checkbox>
          </Form.Item>
        )}
        {result.tasks.length === 0 && <Typography.Paragraph>{ti.cannotSave}</Typography.Paragraph>}
        <Space>
          <Button type="primary" onClick={submit} loading={saving} disabled={result.tasks.length === 0}>
            {ti.saveAll}
          </Button>
          <Button onClick={onBack}>{ti.backToInput}</Button>
        </Space>
      </div>
    </section>
  );
}

interface PreviewRowProps {
  task: ImportedTask;
  index: number;
  problems: ImportProblem[];
  saveErrors: RowMessage[];
  edits: PreviewEdits;
  choices: SearchableTreeNode[];
  unitsLoading: boolean;
  onChoose: (key: string, choice: Choice) => void;
  onTimeframe: (text: string) => void;
}

function PreviewRow({ task, index, problems, saveErrors, edits, choices, unitsLoading, onChoose, onTimeframe }: PreviewRowProps) {
  const { t } = useI18n();
  const ti = t.importWizard;
  const number = taskNumber(task.sectionCode, task.orderNo);
  const review = needsReview(task, index, problems, edits);
  const flagged = problems.length > 0 || saveErrors.length > 0;
  const timeframeText = edits.timeframes[index] ?? task.timeframe.text ?? '';
  const timeframeEdited = edits.timeframes[index] !== undefined && edits.timeframes[index] !== (task.timeframe.text ?? '');
  const timeframeProblem = problems.some((p) => p.code === 'UNKNOWN_TIMEFRAME');
  const reading = timeframeReading(task.timeframe, t);
  const rows = task.rows.length > 1 ? `${task.rows[0]}–${task.rows[task.rows.length - 1]}` : String(task.rows[0] ?? '');
  // each message stands beside the cell it is about
  const messages = (column: PreviewColumn) => {
    const read = problems.filter((p) => previewColumn(p.column) === column).map((p) => p.message);
    const saved = saveErrors.filter((e) => e.column === column).map((e) => e.message);
    if (read.length === 0 && saved.length === 0) return null;
    return (
      <ul className="import-row-messages">
        {read.map((m, i) => (
          <li key={`p${i}`}>{m}</li>
        ))}
        {saved.map((m, i) => (
          <li key={`s${i}`} className="import-row-error">
            {m}
          </li>
        ))}
      </ul>
    );
  };

  const cell = (column: AssignmentColumn) =>
    task[column].length === 0 ? (
      t.common.empty
    ) : (
      <ul className="assignment-list">
        {task[column].map((a, j) => {
          const key = choiceKey(index, column, j);
          const unknown = !a.resolved && !a.unit && !a.group;
          return (
            <li key={j}>
              <AssignmentItem assignment={a} />
              {unknown && (
                <SearchableTreeSelect
                  className="import-choice"
                  aria-label={fmt(ti.chooseFor, { name: a.text })}
                  value={edits.choices[key]}
                  onChange={(v: Choice) => onChoose(key, v)}
                  treeData={choices}
                  loading={unitsLoading}
                  placeholder={ti.choosePlaceholder}
                  treeDefaultExpandAll
                  popupMatchSelectWidth={false}
                  status={edits.choices[key] ? undefined : 'warning'}
                  style={{ width: '100%', minWidth: 200, marginTop: 4 }}
                />
              )}
            </li>
          );
        })}
      </ul>
    );

  return (
    <tr
      id={`import-task-${index}`}
      tabIndex={-1}
      className={[
        'task-row',
        flagged ? 'import-row-problem' : '',
        flagged && !review && saveErrors.length === 0 ? 'import-row-reviewed' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <td className="col-status">
        {saveErrors.length > 0 || review ? (
          <span className="import-status import-status-warning">
            <WarningOutlined aria-hidden /> {saveErrors.length > 0 ? ti.rowError : ti.needsReview}
          </span>
        ) : (
          <span className="import-status import-status-ok">
            <CheckCircleOutlined aria-hidden /> {flagged ? ti.reviewed : ti.ok}
          </span>
        )}
        <div className="import-rows">
          {ti.sourceRows} {rows}
        </div>
      </td>
      <td className="col-number">{task.orderNo}</td>
      <td className="col-content">
        <div className="multiline">{task.content}</div>
        {messages('content')}
      </td>
      <td>
        {cell('lead')}
        {messages('lead')}
      </td>
      <td>
        {cell('cooperating')}
        {messages('cooperating')}
      </td>
      <td>
        <Input
          className="timeframe-input"
          aria-label={fmt(ti.timeframeFor, { number })}
          value={timeframeText}
          onChange={(e) => onTimeframe(e.target.value)}
          status={timeframeProblem && !timeframeEdited ? 'warning' : undefined}
          maxLength={500}
        />
        <Typography.Text type="secondary" className="timeframe-reading">
          {timeframeEdited ? ti.timeframeReread : reading}
        </Typography.Text>
        {messages('timeframe')}
      </td>
      <td>{task.expectedOutput ? <div className="multiline">{task.expectedOutput}</div> : t.common.empty}</td>
    </tr>
  );
}
