import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Typography } from 'antd';
import { TASK_LIMITS, type AssignmentKind } from './taskForm';
import { referenceOptions, useReferenceLists } from '../../../app/queries';
import type { SearchableTreeNode } from '../../../components/SearchableTreeSelect';
import { SearchableTreeSelect } from '../../../components/SearchableTreeSelect';
import { fmt, useI18n } from '../../../i18n';

interface Props {
  name: 'lead' | 'cooperating';
  legend: string;
  addLabel: string;
  unitData: SearchableTreeNode[];
  unitsLoading: boolean;
}

/**
 * The lead or cooperating entries of a task: each is a unit of the plan's issuing unit, a group of
 * units ("UBND cấp xã"), or a name as written that assigns the task to nobody.
 */
export function AssignmentsField({ name, legend, addLabel, unitData, unitsLoading }: Props) {
  const { t } = useI18n();
  const tf = t.taskForm;
  const refs = useReferenceLists();
  const groupOptions = referenceOptions(refs.data, 'unitGroups');
  const kindOptions: { value: AssignmentKind; label: string }[] = [
    { value: 'unit', label: tf.kindUnit },
    { value: 'group', label: tf.kindGroup },
    { value: 'text', label: tf.kindText },
  ];

  return (
    <fieldset className="assignments-field">
      <legend>{legend}</legend>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && <Typography.Paragraph type="secondary">{tf.noAssignments}</Typography.Paragraph>}
            {fields.map((field, index) => {
              const n = index + 1;
              const vars = { list: legend, n };
              return (
                <div key={field.key} className="assignment-row">
                  <Form.Item name={[field.name, 'kind']} className="assignment-kind">
                    <Select aria-label={fmt(tf.assignmentKind, vars)} options={kindOptions} />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[[name, field.name, 'kind']]}>
                    {({ getFieldValue }) => {
                      const kind: AssignmentKind = getFieldValue([name, field.name, 'kind']);
                      if (kind === 'group')
                        return (
                          <Form.Item
                            name={[field.name, 'group']}
                            className="assignment-value"
                            rules={[{ required: true, message: tf.groupRequired }]}
                          >
                            <Select
                              aria-label={fmt(tf.assignmentGroup, vars)}
                              options={groupOptions}
                              placeholder={tf.pickGroup}
                              loading={refs.isLoading}
                            />
                          </Form.Item>
                        );
                      if (kind === 'text')
                        return (
                          <Form.Item
                            name={[field.name, 'text']}
                            className="assignment-value"
                            extra={tf.textHelp}
                            rules={[{ required: true, whitespace: true, message: tf.textRequired }, { max: TASK_LIMITS.assignmentText }]}
                          >
                            <Input aria-label={fmt(tf.assignmentText, vars)} maxLength={TASK_LIMITS.assignmentText} />
                          </Form.Item>
                        );
                      return (
                        <Form.Item
                          name={[field.name, 'unitId']}
                          className="assignment-value"
                          rules={[{ required: true, type: 'number', message: tf.unitRequired }]}
                        >
                          <SearchableTreeSelect
                            aria-label={fmt(tf.assignmentUnit, vars)}
                            treeData={unitData}
                            loading={unitsLoading}
                            placeholder={tf.pickUnit}
                            treeDefaultExpandAll
                            popupMatchSelectWidth={false}
                          />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={fmt(tf.removeAssignment, vars)}
                    onClick={() => remove(field.name)}
                  />
                </div>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'unit' })}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
