import type { Widen } from './widen';
import type { reportsVi } from './reports.vi';

export const reportsEn: Widen<typeof reportsVi> = {
  nav: 'Reports',
  title: 'My reports',
  reportTitle: 'Report',
  consolidationTitle: 'Consolidated results',
  tabReporting: 'Reporting',
};
