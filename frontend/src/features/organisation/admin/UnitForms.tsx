import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCreateUnit, useDissolveUnit, useMergeUnits, useMoveUnit, useRenameUnit, useUpdateUnit, type UnitMerger } from './adminApi';
import { AdminModal } from './AdminModal';
import { UnitPicker } from './UnitPicker';
import { unitKindValues } from '../../../api/enums';
import type { Unit, UnitKind } from '../../../app/types';
import { DATE_FORMAT, todayInVietnam } from '../../../components/dates';
import { fmt, useI18n } from '../../../i18n';

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const OFFICIAL_CODE_PATTERN = /^([0-9]{2}|[0-9]{5})$/;

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const today = () => dayjs(todayInVietnam());
const blankToNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export type FormKind = 'create' | 'edit' | 'rename' | 'move' | 'dissolve' | 'merge';

interface FormProps {
  unit: Unit;
  open: boolean;
  onClose: () => void;
  onDone: (result: Unit, kind: FormKind) => void;
}

function useRules() {
  const { t } = useI18n();
  const tf = t.organisation.admin.field;
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: fmt(t.common.required, { field: field.toLowerCase() }),
  });
  const requiredSelect = (field: string) => ({ required: true, message: fmt(t.common.requiredSelect, { field: field.toLowerCase() }) });
  return { tf, required, requiredSelect, t };
}

/** Effective date (dd/MM/yyyy, not after today) and the decision behind the change. */
function DatedFields({ dateLabel }: { dateLabel?: string }) {
  const { tf, required, requiredSelect, t } = useRules();
  const label = dateLabel ?? tf.effectiveOn;
  return (
    <>
      <Form.Item
        name="effectiveOn"
        label={label}
        extra={tf.dateHelp}
        rules={[
          requiredSelect(label),
          {
            validator: async (_, v: Dayjs | null) => {
              if (v && v.isAfter(today(), 'day')) throw new Error(t.organisation.admin.form.notInFuture);
            },
          },
        ]}
      >
        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="legalBasis" label={tf.legalBasis} rules={[required(tf.legalBasis), { max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} placeholder={tf.legalBasisPlaceholder} />
      </Form.Item>
    </>
  );
}

interface CreateValues {
  parentId?: number | null;
  kind: UnitKind;
  code: string;
  name: string;
  shortName?: string;
  officialCode?: string;
  sortOrder?: number | null;
  coordinating?: boolean;
  validFrom?: Dayjs | null;
}

/** A new unit below `unit` (the page's unit), or below a parent picked in the form (within `withinId`). */
export function CreateUnitForm({
  unit,
  open,
  onClose,
  onDone,
  withinId,
}: Omit<FormProps, 'unit'> & { unit?: Pick<Unit, 'id' | 'name'>; withinId?: number }) {
  const { tf, required, requiredSelect, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUnit();
  return (
    <AdminModal<CreateValues>
      id="unit-create-form"
      title={unit ? fmt(ta.form.createTitle, { parent: unit.name }) : ta.createUnit}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ validFrom: today(), coordinating: false }}
      submitLabel={ta.form.create}
      onSubmit={async (v) => {
        const created = await create.mutateAsync({
          parentId: unit?.id ?? v.parentId ?? null,
          kind: v.kind,
          code: v.code.trim(),
          name: v.name.trim(),
          shortName: blankToNull(v.shortName),
          officialCode: blankToNull(v.officialCode),
          sortOrder: v.sortOrder ?? null,
          coordinating: !!v.coordinating,
          validFrom: iso(v.validFrom) ?? null,
        });
        onDone(created, 'create');
      }}
    >
      {!unit && (
        <Form.Item name="parentId" label={tf.parent} rules={[requiredSelect(tf.parent)]}>
          <UnitPicker withinId={withinId} aria-label={tf.parent} />
        </Form.Item>
      )}
      <Form.Item name="kind" label={tf.kind} rules={[requiredSelect(tf.kind)]}>
        <Select
          options={unitKindValues.filter((k) => k !== 'MINISTRY' && k !== 'PROVINCE').map((k) => ({ value: k, label: t.unitKind[k] }))}
        />
      </Form.Item>
      <Form.Item name="name" label={tf.name} rules={[required(tf.name), { max: 255 }]}>
        <Input autoComplete="off" maxLength={255} />
      </Form.Item>
      <Form.Item name="shortName" label={tf.shortName} rules={[{ max: 120 }]}>
        <Input autoComplete="off" maxLength={120} />
      </Form.Item>
      <Form.Item
        name="code"
        label={tf.code}
        extra={tf.codeHelp}
        validateFirst
        rules={[required(tf.code), { pattern: CODE_PATTERN, message: tf.codePattern }]}
      >
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        name="officialCode"
        label={tf.officialCode}
        extra={tf.officialCodeHelp}
        rules={[{ pattern: OFFICIAL_CODE_PATTERN, message: tf.officialCodePattern }]}
      >
        <Input autoComplete="off" inputMode="numeric" maxLength={5} />
      </Form.Item>
      <Form.Item name="validFrom" label={tf.validFrom} extra={tf.dateHelp}>
        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="sortOrder" label={tf.sortOrder}>
        <InputNumber min={0} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name="coordinating" valuePropName="checked">
        <Checkbox>{tf.coordinating}</Checkbox>
      </Form.Item>
    </AdminModal>
  );
}

interface EditValues {
  shortName?: string | null;
  officialCode?: string | null;
  sortOrder: number;
  coordinating: boolean;
}

/** What changes without a date; sent with If-Match (the unit's version). */
export function EditUnitForm({
  unit,
  open,
  onClose,
  onDone,
  sortOrder = 0,
  coordinating = false,
}: FormProps & { sortOrder?: number; coordinating?: boolean }) {
  const { tf, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateUnit();
  return (
    <AdminModal<EditValues>
      id="unit-edit-form"
      title={fmt(ta.form.editTitle, { name: unit.name })}
      intro={ta.form.editIntro}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ shortName: unit.shortName ?? '', officialCode: unit.officialCode ?? '', sortOrder, coordinating }}
      submitLabel={ta.form.submit}
      onSubmit={async (v) => {
        const saved = await update.mutateAsync({
          id: unit.id,
          version: unit.version,
          body: {
            shortName: blankToNull(v.shortName),
            officialCode: blankToNull(v.officialCode),
            sortOrder: v.sortOrder ?? 0,
            coordinating: !!v.coordinating,
          },
        });
        onDone(saved, 'edit');
      }}
    >
      <Form.Item name="shortName" label={tf.shortName} rules={[{ max: 120 }]}>
        <Input autoComplete="off" maxLength={120} />
      </Form.Item>
      <Form.Item
        name="officialCode"
        label={tf.officialCode}
        extra={tf.officialCodeHelp}
        rules={[{ pattern: OFFICIAL_CODE_PATTERN, message: tf.officialCodePattern }]}
      >
        <Input autoComplete="off" inputMode="numeric" maxLength={5} />
      </Form.Item>
      <Form.Item name="sortOrder" label={tf.sortOrder}>
        <InputNumber min={0} max={100000} precision={0} />
      </Form.Item>
      <Form.Item name="coordinating" valuePropName="checked">
        <Checkbox>{tf.coordinating}</Checkbox>
      </Form.Item>
    </AdminModal>
  );
}

interface RenameValues {
  name: string;
  shortName?: string | null;
  effectiveOn: Dayjs | null;
  legalBasis: string;
}

export function RenameUnitForm({ unit, open, onClose, onDone }: FormProps) {
  const { tf, required, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<RenameValues>();
  const rename = useRenameUnit();
  return (
    <AdminModal<RenameValues>
      id="unit-rename-form"
      title={fmt(ta.form.renameTitle, { name: unit.name })}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ name: unit.name, shortName: unit.shortName ?? '', effectiveOn: today() }}
      submitLabel={ta.form.submit}
      onSubmit={async (v) => {
        const saved = await rename.mutateAsync({
          id: unit.id,
          version: unit.version,
          body: {
            name: v.name.trim(),
            shortName: blankToNull(v.shortName),
            effectiveOn: iso(v.effectiveOn)!,
            legalBasis: v.legalBasis.trim(),
          },
        });
        onDone(saved, 'rename');
      }}
    >
      <Form.Item name="name" label={tf.name} rules={[required(tf.name), { max: 255 }]}>
        <Input autoComplete="off" maxLength={255} />
      </Form.Item>
      <Form.Item name="shortName" label={tf.shortName} rules={[{ max: 120 }]}>
        <Input autoComplete="off" maxLength={120} />
      </Form.Item>
      <DatedFields />
    </AdminModal>
  );
}

interface MoveValues {
  parentId: number | null;
  effectiveOn: Dayjs | null;
  legalBasis: string;
}

export function MoveUnitForm({ unit, open, onClose, onDone, provinceId }: FormProps & { provinceId?: number }) {
  const { tf, requiredSelect, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveUnit();
  return (
    <AdminModal<MoveValues>
      id="unit-move-form"
      title={fmt(ta.form.moveTitle, { name: unit.name })}
      intro={ta.form.moveIntro}
      open={open}
      onClose={onClose}
      form={form}
      initialValues={{ parentId: unit.parentId ?? null, effectiveOn: today() }}
      submitLabel={ta.form.submit}
      onSubmit={async (v) => {
        const saved = await move.mutateAsync({
          id: unit.id,
          version: unit.version,
          body: { parentId: v.parentId!, effectiveOn: iso(v.effectiveOn)!, legalBasis: v.legalBasis.trim() },
        });
        onDone(saved, 'move');
      }}
    >
      <Form.Item name="parentId" label={tf.newParent} rules={[requiredSelect(tf.newParent)]}>
        <UnitPicker withinId={provinceId} exclude={[unit.id]} aria-label={tf.newParent} />
      </Form.Item>
      <DatedFields />
    </AdminModal>
  );
}

interface DissolveValues {
  successorId?: number | null;
  effectiveOn: Dayjs | null;
  legalBasis: string;
}

export function DissolveUnitForm({ unit, open, onClose, onDone, provinceId }: FormProps & { provinceId?: number }) {
  const { tf, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<DissolveValues>();
  const dissolve = useDissolveUnit();
  return (
    <AdminModal<DissolveValues>
      id="unit-dissolve-form"
      title={fmt(ta.form.dissolveTitle, { name: unit.name })}
      intro={ta.form.dissolveIntro}
      open={open}
      onClose={onClose}
      form={form}
      danger
      initialValues={{ effectiveOn: today() }}
      submitLabel={ta.form.dissolveSubmit}
      onSubmit={async (v) => {
        const saved = await dissolve.mutateAsync({
          id: unit.id,
          version: unit.version,
          body: { successorId: v.successorId ?? null, effectiveOn: iso(v.effectiveOn)!, legalBasis: v.legalBasis.trim() },
        });
        onDone(saved, 'dissolve');
      }}
    >
      <DatedFields />
      <Form.Item name="successorId" label={tf.successor}>
        <UnitPicker withinId={provinceId} exclude={[unit.id]} aria-label={tf.successor} />
      </Form.Item>
    </AdminModal>
  );
}

interface MergeValues {
  others: number[];
  mode: 'existing' | 'new';
  successorId?: number | null;
  newUnit?: { code: string; name: string };
  effectiveOn: Dayjs | null;
  legalBasis: string;
}

/** Builds the merger: this unit and the others chosen, into an existing unit or a new one. */
export function toMerger(unitId: number, v: MergeValues): UnitMerger {
  const predecessorIds = [unitId, ...(v.others ?? []).filter((id) => id !== unitId)];
  return {
    predecessorIds,
    effectiveOn: iso(v.effectiveOn)!,
    legalBasis: v.legalBasis.trim(),
    ...(v.mode === 'new'
      ? { newUnit: { code: v.newUnit!.code.trim(), name: v.newUnit!.name.trim() }, successorId: null }
      : { successorId: v.successorId!, newUnit: null }),
  };
}

export function MergeUnitsForm({ unit, open, onClose, onDone, provinceId }: FormProps & { provinceId?: number }) {
  const { tf, required, requiredSelect, t } = useRules();
  const ta = t.organisation.admin;
  const [form] = Form.useForm<MergeValues>();
  const merge = useMergeUnits();
  const mode = Form.useWatch('mode', form as FormInstance<MergeValues>);
  return (
    <AdminModal<MergeValues>
      id="unit-merge-form"
      title={fmt(ta.form.mergeTitle, { name: unit.name })}
      intro={ta.form.mergeIntro}
      open={open}
      onClose={onClose}
      form={form}
      danger
      // the server names predecessorIds when the units are not of one province or kind
      aliases={{ predecessorIds: 'others' }}
      initialValues={{ others: [], mode: 'existing', effectiveOn: today() }}
      submitLabel={ta.form.mergeSubmit}
      onSubmit={async (v) => {
        const saved = await merge.mutateAsync(toMerger(unit.id, v));
        onDone(saved, 'merge');
      }}
    >
      <Form.Item
        name="others"
        label={tf.predecessors}
        extra={tf.predecessorsHelp}
        dependencies={['mode']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, v: number[] | undefined) => {
              if (getFieldValue('mode') === 'new' && !(v ?? []).length) throw new Error(ta.form.needTwo);
            },
          }),
        ]}
      >
        <UnitPicker multiple withinId={provinceId} kind={unit.kind} exclude={[unit.id]} aria-label={tf.predecessors} />
      </Form.Item>
      <Form.Item name="mode" label={tf.successorMode}>
        <Radio.Group
          options={[
            { value: 'existing', label: tf.successorExisting },
            { value: 'new', label: tf.successorNew },
          ]}
        />
      </Form.Item>
      {mode === 'new' ? (
        <>
          <Form.Item name={['newUnit', 'name']} label={tf.newName} rules={[required(tf.newName), { max: 255 }]}>
            <Input autoComplete="off" maxLength={255} />
          </Form.Item>
          <Form.Item
            name={['newUnit', 'code']}
            label={tf.newCode}
            extra={tf.codeHelp}
            validateFirst
            rules={[required(tf.newCode), { pattern: CODE_PATTERN, message: tf.codePattern }]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="successorId" label={tf.successorUnit} rules={[requiredSelect(tf.successorUnit)]}>
          <UnitPicker withinId={provinceId} kind={unit.kind} exclude={[unit.id]} aria-label={tf.successorUnit} />
        </Form.Item>
      )}
      <DatedFields />
    </AdminModal>
  );
}
