// Reports: writing, approving, monitoring, consolidating (issue 5). Vietnamese.
// reports.en.ts has exactly the same keys (checked by the compiler and the dictionaries test).
export const reportsVi = {
  nav: 'Báo cáo',
  title: 'Báo cáo của tôi',
  reportTitle: 'Báo cáo',
  consolidationTitle: 'Tổng hợp kết quả',
  tabReporting: 'Tình hình báo cáo',
};
