import { TreeSelect, type TreeSelectProps } from 'antd';
import { matchesText } from './textSearch';

export interface SearchableTreeNode {
  value: number | string;
  title: React.ReactNode;
  /** The plain text searched (diacritics-insensitive). */
  searchText: string;
  /** False for a heading node that only groups its children. */
  selectable?: boolean;
  children?: SearchableTreeNode[];
}

type Props = Omit<TreeSelectProps, 'treeData' | 'filterTreeNode' | 'showSearch'> & {
  treeData: SearchableTreeNode[];
};

/**
 * A TreeSelect whose search ignores case and diacritics ("d" finds "đ").
 *
 * While the tree is loading (or still empty) the value is not shown: antd would show the raw id
 * ("19") until the node with its name arrives. The form keeps the value all the same.
 */
export function SearchableTreeSelect({ treeData, ...props }: Props) {
  const waiting = !!props.loading || treeData.length === 0;
  return (
    <TreeSelect
      showSearch={{
        filterTreeNode: (input, node) => matchesText((node as unknown as SearchableTreeNode).searchText, input),
      }}
      treeData={treeData}
      treeNodeLabelProp="title"
      {...props}
      {...(waiting && 'value' in props ? { value: undefined } : {})}
    />
  );
}
