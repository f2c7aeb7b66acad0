import { matchesText } from '../../components/textSearch';

/**
 * antd Select's typed search, ignoring case and diacritics on the option's label ("doi thoai" finds
 * "Cuộc đối thoại", "d" finds "đ"), as every filter of the application does.
 */
export const searchLabels = {
  filterOption: (input: string, option?: { label?: unknown }) => matchesText(String(option?.label ?? ''), input),
};
