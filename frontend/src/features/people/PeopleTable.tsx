import { CopyOutlined, DownOutlined } from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSendSetupEmail, useSetEnabled, useTemporaryPassword, type Person } from './api';
import { PersonForm } from './PersonForm';
import { ApiError } from '../../components/problem';
import { UnitLink } from '../../components/UnitLink';
import { fmt, useI18n } from '../../i18n';

interface Props {
  people: Person[];
  labelledBy: string;
  /** Administrators get the per-row actions; others read. */
  administer: boolean;
  showUnit?: boolean;
  loading?: boolean;
}

/** A table of accounts with, for administrators, change unit/role, disable/enable, temporary password, password e-mail. */
export function PeopleTable({ people, labelledBy, administer, showUnit, loading }: Props) {
  const { t } = useI18n();
  const tp = t.people;
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<Person | null>(null);
  const [temp, setTemp] = useState<{ username: string; password: string } | null>(null);
  const setEnabled = useSetEnabled();
  const tempPassword = useTemporaryPassword();
  const setupEmail = useSendSetupEmail();

  const fail = (title: string) => (e: unknown) => {
    const p = e instanceof ApiError ? e.problem : { status: 0 };
    modal.error({ title: p.title || title, content: p.detail });
  };

  const act = (p: Person, key: string) => {
    if (key === 'edit') setEditing(p);
    else if (key === 'disable')
      modal.confirm({
        title: fmt(tp.disableConfirm, { username: p.username }),
        okText: tp.disable,
        okButtonProps: { danger: true },
        cancelText: t.common.cancel,
        onOk: () =>
          setEnabled
            .mutateAsync({ id: p.id, enabled: false })
            .then(() => void message.success(fmt(tp.disabledDone, { username: p.username })), fail(t.errors.title)),
      });
    else if (key === 'enable')
      setEnabled
        .mutateAsync({ id: p.id, enabled: true })
        .then(() => void message.success(fmt(tp.enabledDone, { username: p.username })), fail(t.errors.title));
    else if (key === 'temp')
      modal.confirm({
        title: fmt(tp.tempPasswordConfirm, { username: p.username }),
        okText: tp.tempPassword,
        cancelText: t.common.cancel,
        onOk: () =>
          tempPassword.mutateAsync(p.id).then((r) => setTemp({ username: p.username, password: r.password }), fail(t.errors.title)),
      });
    else if (key === 'email')
      setupEmail
        .mutateAsync(p.id)
        .then(() => void message.success(fmt(tp.setupEmailSent, { username: p.username })), fail(tp.setupEmailFailed));
  };

  return (
    <>
      <Table<Person>
        aria-labelledby={labelledBy}
        size="small"
        loading={loading}
        rowKey="id"
        dataSource={people}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: tp.empty }}
        columns={[
          { key: 'username', title: tp.col.username, render: (_, p) => <span className="org-tree-code">{p.username}</span> },
          { key: 'name', title: tp.col.name, render: (_, p) => [p.familyName, p.givenName].filter(Boolean).join(' ') },
          { key: 'email', title: tp.col.email, render: (_, p) => p.email ?? '' },
          { key: 'role', title: tp.col.role, render: (_, p) => (p.role ? (t.role[p.role as keyof typeof t.role] ?? p.role) : tp.noRole) },
          ...(showUnit
            ? [
                {
                  key: 'unit',
                  title: tp.col.unit,
                  render: (_: unknown, p: Person) =>
                    p.unitId && p.unitName ? <UnitLink unit={{ id: p.unitId, name: p.unitName }} /> : (p.unitCode ?? ''),
                },
              ]
            : []),
          {
            key: 'status',
            title: tp.col.status,
            render: (_, p) =>
              p.enabled ? (
                // solid and dark: the light green tag's text does not reach 4.5:1
                <Tag variant="solid" color="#166534" style={{ color: '#fff' }}>
                  {tp.enabled}
                </Tag>
              ) : (
                <Tag>{tp.disabled}</Tag>
              ),
          },
          ...(administer
            ? [
                {
                  key: 'actions',
                  title: tp.col.actions,
                  render: (_: unknown, p: Person) => (
                    <Dropdown
                      trigger={['click']}
                      menu={{
                        items: [
                          { key: 'edit', label: tp.edit },
                          p.enabled ? { key: 'disable', label: tp.disable, danger: true } : { key: 'enable', label: tp.enable },
                          { key: 'temp', label: tp.tempPassword, disabled: !p.enabled },
                          { key: 'email', label: tp.setupEmail, disabled: !p.enabled || !p.email },
                        ],
                        onClick: ({ key }) => act(p, key),
                      }}
                    >
                      <Button size="small" aria-label={fmt(tp.actions, { username: p.username })}>
                        <Space size={4}>
                          {tp.col.actions}
                          <DownOutlined aria-hidden />
                        </Space>
                      </Button>
                    </Dropdown>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <PersonForm
          open
          person={editing}
          onClose={() => setEditing(null)}
          onDone={(saved) => {
            setEditing(null);
            void message.success(fmt(tp.saved, { username: saved.username }));
          }}
        />
      )}
      <TemporaryPasswordDialog value={temp} onClose={() => setTemp(null)} />
    </>
  );
}

/** The generated password, shown once (it is kept in this dialog's state only), with a copy button. */
export function TemporaryPasswordDialog({ value, onClose }: { value: { username: string; password: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  const tp = t.people;
  const { message } = App.useApp();
  return (
    <Modal
      open={!!value}
      title={value ? fmt(tp.tempPasswordTitle, { username: value.username }) : ''}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="close" type="primary" onClick={onClose}>
          {t.common.close}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={tp.tempPasswordOnce} style={{ marginBottom: 16 }} />
      {value && (
        <Space wrap>
          <Typography.Text code strong style={{ fontSize: 18 }} data-testid="temporary-password">
            {value.password}
          </Typography.Text>
          <Button
            icon={<CopyOutlined aria-hidden />}
            onClick={() => {
              void navigator.clipboard?.writeText(value.password).then(() => message.success(tp.copied));
            }}
          >
            {tp.copy}
          </Button>
        </Space>
      )}
    </Modal>
  );
}
