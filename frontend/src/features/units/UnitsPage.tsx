import { Empty, Form, Input, Skeleton, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { allKeys, countUnits, filterUnitTree } from './unitTree';
import { useUnitTree } from '../../app/queries';
import type { UnitTreeNode } from '../../app/types';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n, type Messages } from '../../i18n';

function toTreeData(nodes: UnitTreeNode[], t: Messages): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <span className="unit-tree-title">
        <span>{n.name}</span>
        <Tag>{t.unitKind[n.kind]}</Tag>
        <span className="unit-tree-code">{n.code}</span>
      </span>
    ),
    children: n.children?.length ? toTreeData(n.children, t) : undefined,
  }));
}

export default function UnitsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t.units.title);
  const tree = useUnitTree();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQuery(text), 200);
    return () => clearTimeout(h);
  }, [text]);

  const filtered = useMemo(() => filterUnitTree(tree.data ?? [], query), [tree.data, query]);
  const treeData = useMemo(() => toTreeData(filtered, t), [filtered, t]);
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);
  const expandedKeys = query.trim() ? allKeys(filtered) : (expanded ?? allKeys(tree.data ?? [], 2));

  return (
    <>
      <Typography.Title level={1}>{t.units.title}</Typography.Title>
      <Form layout="vertical" role="search" aria-label={t.units.search} component="div">
        <Form.Item label={t.units.search} htmlFor="unit-search" extra={t.common.searchNoDiacritics}>
          <Input.Search
            id="unit-search"
            allowClear
            value={text}
            placeholder={t.units.searchPlaceholder}
            onChange={(e) => setText(e.target.value)}
            style={{ maxWidth: 420 }}
          />
        </Form.Item>
      </Form>
      {tree.error && <ProblemAlert problem={tree.error instanceof ApiError ? tree.error.problem : { status: 0 }} />}
      {tree.isPending ? (
        <Skeleton active />
      ) : filtered.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.units.empty} />
      ) : (
        <>
          <Typography.Paragraph aria-live="polite">
            {fmt(t.units.count, { count: formatNumber(countUnits(filtered), lang) })}
          </Typography.Paragraph>
          <Tree
            aria-label={t.units.tree}
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded(keys)}
            selectable={false}
            blockNode
          />
        </>
      )}
    </>
  );
}
