import { Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  fetchPersonWithETag,
  GRANTABLE_ROLES,
  USERNAME_PATTERN,
  useCreatePerson,
  useUpdatePerson,
  type GrantableRole,
  type Person,
} from './api';
import { unitTreeToSelectData, useCurrentUser, useUnitTree } from '../../app/queries';
import type { UnitRef } from '../../app/types';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { fmt, useI18n } from '../../i18n';

interface Values {
  username?: string;
  familyName: string;
  givenName: string;
  email: string;
  role: GrantableRole;
  unitId: number;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onDone: (person: Person) => void;
  /** A new account of this unit (fixed), or … */
  unit?: UnitRef;
  /** … this account, read again with its ETag when the form opens. */
  person?: Person;
}

/** Adds an account to a unit, or changes an account's names, e-mail, unit and role (If-Match: its ETag). */
export function PersonForm({ open, onClose, onDone, unit, person }: Props) {
  const { t } = useI18n();
  const tp = t.people;
  const [form] = Form.useForm<Values>();
  const me = useCurrentUser();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const [etag, setEtag] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const editing = !!person;
  const rootId = me.data?.permissions.administeredUnit?.id;
  const tree = useUnitTree(rootId, editing && open && me.isSuccess);
  const isAdmin = !!me.data?.roles.includes('admin');
  const roles = GRANTABLE_ROLES.filter((r) => r !== 'province-admin' || isAdmin);

  useEffect(() => {
    if (!open || !person) return;
    let live = true;
    fetchPersonWithETag(person.id).then(
      ({ person: p, etag: e }) => {
        if (!live) return;
        setEtag(e);
        form.setFieldsValue({
          familyName: p.familyName ?? '',
          givenName: p.givenName ?? '',
          email: p.email ?? '',
          role: (p.role ?? undefined) as GrantableRole,
          unitId: p.unitId ?? undefined,
        });
      },
      (e: unknown) => live && setProblem({ problem: e instanceof ApiError ? e.problem : { status: 0 }, rest: [] }),
    );
    return () => {
      live = false;
    };
  }, [open, person, form]);

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: fmt(t.common.required, { field: field.toLowerCase() }),
  });

  const onFinish = async (v: Values) => {
    setProblem(null);
    const common = {
      familyName: v.familyName.trim(),
      givenName: v.givenName.trim(),
      email: v.email.trim(),
      role: v.role,
    };
    try {
      const saved = person
        ? await update.mutateAsync({ id: person.id, etag: etag ?? '', body: { ...common, unitId: v.unitId } })
        : await create.mutateAsync({ ...common, username: v.username!.trim(), unitId: unit!.id });
      onDone(saved);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const p = e.problem.status === 412 ? { ...e.problem, detail: tp.conflict } : e.problem;
      const rest = applyProblemToForm(form, p);
      if (rest.length > 0 || !p.errors?.length) setProblem({ problem: p, rest });
    }
  };

  const id = editing ? 'person-edit-form' : 'person-create-form';
  return (
    <Modal
      open={open}
      title={editing ? fmt(tp.editTitle, { username: person.username }) : fmt(tp.createTitle, { unit: unit?.name ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={id}
          loading={create.isPending || update.isPending}
          disabled={editing && !etag}
        >
          {editing ? t.common.save : tp.create}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{editing ? tp.editIntro : tp.createIntro}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<Values> id={id} form={form} layout="vertical" onFinish={onFinish} requiredMark initialValues={{ role: 'officer' }}>
        {!editing && (
          <Form.Item
            name="username"
            label={tp.field.username}
            extra={tp.field.usernameHelp}
            validateFirst
            rules={[required(tp.field.username), { pattern: USERNAME_PATTERN, message: tp.field.usernamePattern }]}
          >
            <Input autoComplete="off" autoCapitalize="none" maxLength={64} />
          </Form.Item>
        )}
        <Form.Item name="familyName" label={tp.field.familyName} rules={[required(tp.field.familyName), { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="givenName" label={tp.field.givenName} rules={[required(tp.field.givenName), { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="email"
          label={tp.field.email}
          validateFirst
          rules={[required(tp.field.email), { type: 'email', message: tp.field.emailInvalid }, { max: 254 }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item
          name="role"
          label={tp.field.role}
          rules={[{ required: true, message: fmt(t.common.requiredSelect, { field: tp.field.role.toLowerCase() }) }]}
        >
          <Select options={roles.map((r) => ({ value: r, label: tp.roleName[r] }))} />
        </Form.Item>
        {editing && (
          <Form.Item
            name="unitId"
            label={tp.field.unit}
            rules={[{ required: true, message: fmt(t.common.requiredSelect, { field: tp.field.unit.toLowerCase() }) }]}
          >
            <SearchableTreeSelect treeData={unitTreeToSelectData(tree.data)} loading={tree.isPending} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
