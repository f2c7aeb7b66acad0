import { DeleteOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDeleteUnit, useUnitHistory } from './adminApi';
import { CreateUnitForm, DissolveUnitForm, EditUnitForm, MergeUnitsForm, MoveUnitForm, RenameUnitForm, type FormKind } from './UnitForms';
import { UnitImportDialog } from './UnitImportDialog';
import type { Unit } from '../../../app/types';
import { ApiError } from '../../../components/problem';
import { fmt, useI18n } from '../../../i18n';

/** The province a unit belongs to (itself when it is one): the scope of the unit pickers. */
export function provinceOf(unit: Unit): number | undefined {
  if (unit.kind === 'PROVINCE') return unit.id;
  return unit.ancestors.find((a) => a.kind === 'PROVINCE')?.id;
}

/**
 * The administration buttons of a unit's page: add a unit below, edit, rename, move, dissolve, merge,
 * delete (with a confirmation). Shown only to those who administer the unit; the server decides anyway.
 */
export function UnitAdminActions({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const ta = t.organisation.admin;
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState<FormKind | 'import' | null>(null);
  const del = useDeleteUnit();
  // the coordinating flag is read from the latest version (the unit view does not carry it)
  const history = useUnitHistory(unit.id);
  const coordinating = history.data?.versions.at(-1)?.coordinating ?? false;
  const province = provinceOf(unit);
  const ceased = !!unit.validTo;

  const close = () => setOpen(null);
  const done = (result: Unit, kind: FormKind) => {
    setOpen(null);
    if (kind === 'create') {
      void message.success(fmt(ta.created, { name: result.name }));
      navigate(`/organisation/units/${result.id}`);
    } else if (kind === 'merge') {
      void message.success(fmt(ta.merged, { name: result.name }));
      navigate(`/organisation/units/${result.id}`);
    } else if (kind === 'dissolve') void message.success(fmt(ta.dissolved, { name: unit.name }));
    else void message.success(fmt(ta.saved, { name: result.name }));
  };

  const confirmDelete = () =>
    modal.confirm({
      title: fmt(ta.form.deleteTitle, { name: unit.name }),
      content: ta.form.deleteText,
      okText: ta.form.deleteSubmit,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          await del.mutateAsync({ id: unit.id, version: unit.version });
          void message.success(fmt(ta.deleted, { name: unit.name }));
          navigate(unit.parentId ? `/organisation/units/${unit.parentId}` : '/organisation');
        } catch (e) {
          const p = e instanceof ApiError ? e.problem : { status: 0 };
          modal.error({ title: p.title || t.errors.title, content: p.detail });
        }
      },
    });

  if (ceased) return null;
  return (
    <>
      <Space wrap aria-label={ta.actions} role="group">
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen('create')}>
          {ta.addChild}
        </Button>
        <Button icon={<UploadOutlined aria-hidden />} onClick={() => setOpen('import')}>
          {ta.import.button}
        </Button>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setOpen('edit')}>
          {ta.edit}
        </Button>
        <Button onClick={() => setOpen('rename')}>{ta.rename}</Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'move', label: ta.move, disabled: !unit.parentId },
              { key: 'merge', label: ta.merge },
              { key: 'dissolve', label: ta.dissolve, danger: true },
              { type: 'divider' },
              { key: 'delete', label: ta.delete, danger: true, icon: <DeleteOutlined aria-hidden /> },
            ],
            onClick: ({ key }) => {
              if (key === 'delete') confirmDelete();
              else setOpen(key as FormKind);
            },
          }}
        >
          <Button>{ta.more}</Button>
        </Dropdown>
      </Space>
      <UnitImportDialog unit={unit} open={open === 'import'} onClose={close} />
      <CreateUnitForm unit={unit} open={open === 'create'} onClose={close} onDone={done} />
      <EditUnitForm unit={unit} coordinating={coordinating} open={open === 'edit'} onClose={close} onDone={done} />
      <RenameUnitForm unit={unit} open={open === 'rename'} onClose={close} onDone={done} />
      <MoveUnitForm unit={unit} provinceId={province} open={open === 'move'} onClose={close} onDone={done} />
      <DissolveUnitForm unit={unit} provinceId={province} open={open === 'dissolve'} onClose={close} onDone={done} />
      <MergeUnitsForm unit={unit} provinceId={province} open={open === 'merge'} onClose={close} onDone={done} />
    </>
  );
}
